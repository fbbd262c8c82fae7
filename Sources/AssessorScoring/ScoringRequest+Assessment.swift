import AssessorCore
import AssessorScoringContract

extension ScoringRequest {
    /// The request for an assessment: every requirement of the standards in scope, with the answers
    /// to the questions that skip logic let through, and the count of accepted evidence.
    public init(
        plan: InterviewPlan, catalog: Catalog, answers: [String: Answer],
        acceptedEvidence: [RequirementReference: Int] = [:]
    ) {
        let values = answers.mapValues(\.value)
        let asked = Set(plan.askedItems(answers: values).map(\.question.id))
        let standards = plan.standards.compactMap(catalog.module).map { module in
            StandardInput(id: module.identity.id, title: module.identity.shortTitle, requirements: module.requirements.map { requirement in
                let reference = RequirementReference(module: module.identity.id, requirement: requirement.id)
                let questions = requirement.questionIDs.filter(asked.contains).compactMap { catalog.questions[$0] }
                return RequirementInput(
                    id: requirement.id, title: requirement.title, kind: requirement.kind.rawValue,
                    section: requirement.section, documentedInformation: requirement.documentedInformation,
                    weight: requirement.weight, work: requirement.work.rawValue,
                    questions: questions.map { QuestionInput(question: $0, answer: answers[$0.id]) },
                    acceptedEvidence: acceptedEvidence[reference] ?? 0)
            })
        }
        self.init(standards: standards)
    }
}

extension ScoringRequest.QuestionInput {
    init(question: Question, answer: Answer?) {
        self.init(
            id: question.id, scale: question.scale.kind.rawValue, answer: answer?.value.text,
            fraction: answer?.value.fraction, dontKnow: answer?.value == .dontKnow,
            notApplicable: answer?.value == .notApplicable, justification: answer?.justification ?? "")
    }
}
