import AssessorCore
import AssessorEstimate

/// One requirement of a standard in scope with everything the report says about it: the questions
/// skip logic asks and their answers, the scorer's result, and the accepted evidence.
struct AssessedRequirement: Sendable {
    var module: ModuleIdentity
    var requirement: Requirement
    /// The questions asked, with their answers (nil when unanswered).
    var asked: [(question: Question, answer: Answer?)]
    /// When nothing was asked: the scoping condition that left the requirement out.
    var skippedBy: Condition?
    /// The score and likely finding, as the readiness rolled them up; nil for a requirement the scorer left out.
    var result: RequirementResult?
    /// The current revisions of the evidence accepted for it, by title.
    var evidence: [EvidenceItem]

    var reference: RequirementReference { RequirementReference(module: module.id, requirement: requirement.id) }

    /// Whether every asked question was answered "not applicable".
    var isNotApplicable: Bool {
        !asked.isEmpty && asked.allSatisfy { $0.answer?.value == .notApplicable }
    }

    /// Every requirement of the standards in scope, in the catalog's order.
    static func all(_ snapshot: AssessmentSnapshot, results: [RequirementReference: RequirementResult]) -> [AssessedRequirement] {
        let accepted = snapshot.evidence.accepted
        return snapshot.standards.flatMap { module in
            module.requirements.map { requirement in
                let reference = RequirementReference(module: module.identity.id, requirement: requirement.id)
                let asked = snapshot.askedQuestions(of: requirement)
                return AssessedRequirement(
                    module: module.identity, requirement: requirement,
                    asked: asked.map { ($0.question, snapshot.countingAnswer($0.question.id)) },
                    skippedBy: asked.isEmpty ? snapshot.exclusion(of: requirement) : nil,
                    result: results[reference],
                    evidence: (accepted[reference] ?? []).sorted { $0.displayTitle < $1.displayTitle })
            }
        }
    }
}
