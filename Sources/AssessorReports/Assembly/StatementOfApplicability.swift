import AssessorCore

/// The Statement of Applicability: every Annex A control of the standards in scope, applicable
/// unless answered "not applicable" (with its justification) or left out by a scoping answer.
enum StatementOfApplicability {
    static func rows(_ requirements: [AssessedRequirement], snapshot: AssessmentSnapshot) -> [ApplicabilityRow] {
        requirements.filter { $0.requirement.kind == .control }.map { item in
            let (applicable, justification) = applicability(item, snapshot: snapshot)
            return ApplicabilityRow(
                standard: item.module.id, control: item.requirement.id, title: item.requirement.title,
                theme: item.requirement.section, applicable: applicable, justification: justification,
                status: ImplementationStatus(score: item.result?.score, applicable: applicable),
                evidence: item.evidence.map { "\($0.displayTitle) (rev \($0.revision))" })
        }
    }

    private static func applicability(_ item: AssessedRequirement, snapshot: AssessmentSnapshot) -> (Bool, String) {
        if item.asked.isEmpty {
            guard let condition = item.skippedBy, let question = snapshot.catalog.questions[condition.question] else {
                return (false, "Excluded: none of its questions apply to the scope of this assessment.")
            }
            let given = snapshot.answers[question.id].map { AnswerWording.text($0, to: question) } ?? "unanswered"
            return (false, "Excluded: follows from the scoping answer to \u{201C}\(question.prompt)\u{201D}: \(given).")
        }
        let stated = item.asked.compactMap { $0.answer?.justification }.filter { !$0.isEmpty }
        if item.isNotApplicable {
            return (false, stated.isEmpty
                ? "Excluded as not applicable, but no justification was recorded: add one before an audit."
                : stated.joined(separator: "; "))
        }
        return (true, stated.isEmpty
            ? "Included: applies to the scope; no exclusion was recorded." : stated.joined(separator: "; "))
    }
}
