import AssessorCore
import AssessorEstimate

/// One requirement of a standard in scope with everything the report says about it: the questions
/// skip logic let through and their answers, the scorer's result, and the accepted evidence.
struct AssessedRequirement: Sendable {
    var module: ModuleIdentity
    var requirement: Requirement
    /// The questions asked, with their answers (nil when unanswered).
    var asked: [(question: Question, answer: Answer?)]
    /// When nothing was asked: the scoping condition that left the requirement out.
    var skippedBy: Condition?
    /// The score and likely finding, as the readiness rolled them up; nil for a requirement the scorer left out.
    var result: RequirementResult?
    /// The latest revisions of the evidence accepted for it, by title.
    var evidence: [EvidenceItem]

    var reference: RequirementReference { RequirementReference(module: module.id, requirement: requirement.id) }

    /// Whether every asked question was answered "not applicable".
    var isNotApplicable: Bool {
        !asked.isEmpty && asked.allSatisfy { $0.answer?.value == .notApplicable }
    }

    /// Every requirement of the standards in scope, in the catalog's order.
    static func all(
        _ inputs: ReportInputs, results: [RequirementReference: RequirementResult], latestEvidence: [Int64: EvidenceItem]
    ) -> [AssessedRequirement] {
        let plan = InterviewPlan(catalog: inputs.catalog, standards: inputs.standards)
        let values = inputs.answers.mapValues(\.value)
        let asked = Set(plan.askedItems(answers: values).map(\.question.id))
        var accepted: [RequirementReference: [EvidenceItem]] = [:]
        for match in inputs.matches where match.status == .accepted {
            if let item = latestEvidence[match.evidenceID] { accepted[match.requirement, default: []].append(item) }
        }
        return inputs.standards.compactMap(inputs.catalog.module).filter { $0.identity.kind == .standard }.flatMap { module in
            module.requirements.map { requirement in
                let reference = RequirementReference(module: module.identity.id, requirement: requirement.id)
                let questions = requirement.questionIDs.compactMap { inputs.catalog.questions[$0] }
                let askedQuestions = questions.filter { asked.contains($0.id) }
                return AssessedRequirement(
                    module: module.identity, requirement: requirement,
                    asked: askedQuestions.map { ($0, inputs.answers[$0.id]) },
                    skippedBy: askedQuestions.isEmpty ? blockingCondition(questions, plan: plan, answers: values) : nil,
                    result: results[reference],
                    evidence: (accepted[reference] ?? []).sorted { $0.displayTitle < $1.displayTitle })
            }
        }
    }

    /// The first unmet `depends_on` among the questions, followed up to the scoping question that decides.
    private static func blockingCondition(
        _ questions: [Question], plan: InterviewPlan, answers: [String: AnswerValue]
    ) -> Condition? {
        var condition = questions.compactMap(\.dependsOn).first
        while let current = condition, current.isSatisfied(by: answers[current.question]),
              let parent = plan.item(current.question)?.question.dependsOn {
            condition = parent
        }
        return condition
    }
}
