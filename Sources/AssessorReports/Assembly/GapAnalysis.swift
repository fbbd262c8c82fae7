import AssessorCore

/// The gap analysis: one row per requirement of the standards in scope, in the catalog's order.
enum GapAnalysis {
    static func rows(_ requirements: [AssessedRequirement]) -> [GapRow] {
        requirements.map { item in
            let answer: String
            if item.asked.isEmpty {
                answer = "not asked: out of scope given the scoping answers"
            } else {
                answer = item.asked.map { AnswerWording.text($0.answer, to: $0.question) }.joined(separator: "; ")
            }
            let notes = item.asked.compactMap { $0.answer?.note }.filter { !$0.isEmpty }
            return GapRow(
                standard: item.module.id, requirement: item.requirement.id, title: item.requirement.title,
                section: item.requirement.section, answer: answer, note: notes.joined(separator: "; "),
                score: item.result?.score, severity: item.result?.finding?.severity,
                finding: item.result?.finding?.summary ?? "", recommendedAction: RecommendedAction.text(for: item),
                evidenceCount: item.evidence.count)
        }
    }
}
