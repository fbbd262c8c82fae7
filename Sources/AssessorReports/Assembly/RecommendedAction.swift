import AssessorCore

/// What to do about a requirement, from the kind of work that closes its gaps and what good looks
/// like for its weakest question.
enum RecommendedAction {
    static func text(for item: AssessedRequirement) -> String {
        if item.asked.isEmpty { return "None: not required in this scope." }
        if item.isNotApplicable { return "None: not applicable (see the justification)." }
        guard item.result?.finding != nil else {
            return item.result?.score == nil ? "Answer the questions to assess it." : "Keep it in place and its evidence current."
        }
        let first = item.requirement.documentedInformation && item.result?.finding?.severity == .blocker ? "First: " : ""
        let weakest = item.asked.min { ($0.answer?.value.fraction ?? 0) < ($1.answer?.value.fraction ?? 0) }
        let target = weakest?.question.guidance.good ?? ""
        let step = first + verb(item.requirement.work)
        return target.isEmpty ? step : "\(step) Aim for: \(target)"
    }

    private static func verb(_ work: WorkKind) -> String {
        switch work {
        case .document: return "Write or update the documented information, have it approved and communicate it."
        case .process: return "Define the process, run it at least once and keep its records."
        case .technical: return "Implement the control and keep records that show it works."
        case .training: return "Train the people concerned and keep records of their competence."
        }
    }
}
