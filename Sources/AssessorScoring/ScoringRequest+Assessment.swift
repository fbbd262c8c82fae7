import AssessorCore
import AssessorScoringContract

extension ScoringRequest {
    /// The request for an assessment: every requirement of the standards in scope, with the
    /// questions skip logic asks and the answers that count, and how much accepted evidence
    /// (current revisions) supports each requirement.
    public init(snapshot: AssessmentSnapshot) {
        let accepted = snapshot.evidence.acceptedCounts
        let standards = snapshot.standards.map { module in
            StandardInput(id: module.identity.id, title: module.identity.shortTitle, requirements: module.requirements.map { requirement in
                let reference = RequirementReference(module: module.identity.id, requirement: requirement.id)
                return RequirementInput(
                    id: requirement.id, title: requirement.title, kind: requirement.kind.rawValue,
                    section: requirement.section, documentedInformation: requirement.documentedInformation,
                    weight: requirement.weight, work: requirement.work.rawValue,
                    questions: snapshot.askedQuestions(of: requirement).map {
                        QuestionInput(question: $0.question, answer: snapshot.countingAnswer($0.question.id))
                    },
                    acceptedEvidence: accepted[reference] ?? 0)
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
