import Foundation
import AssessorCore

/// How much of the questionnaire was answered: the questions skip logic lets through, and how many
/// of them have an answer. Unanswered questions count as gaps, so low coverage understates readiness.
public struct Coverage: Codable, Sendable, Hashable {
    /// Questions asked after skip logic, scoping included.
    public var asked: Int
    /// Of those, with a recorded answer ("don't know" and "not applicable" included).
    public var answered: Int
    public var dontKnow: Int
    public var notApplicable: Int
    /// "Not applicable" answers that lack the justification they need (counted as gaps).
    public var notApplicableWithoutJustification: Int

    public init(asked: Int, answered: Int, dontKnow: Int = 0, notApplicable: Int = 0, notApplicableWithoutJustification: Int = 0) {
        self.asked = asked
        self.answered = answered
        self.dontKnow = dontKnow
        self.notApplicable = notApplicable
        self.notApplicableWithoutJustification = notApplicableWithoutJustification
    }

    /// Counts the answers that count to the questions skip logic asks in `snapshot`.
    public init(snapshot: AssessmentSnapshot) {
        let asked = snapshot.asked
        let given = asked.compactMap { snapshot.countingAnswer($0.question.id) }
        let notApplicable = given.filter { $0.value == .notApplicable }
        self.init(
            asked: asked.count, answered: given.count, dontKnow: given.filter { $0.value == .dontKnow }.count,
            notApplicable: notApplicable.count,
            notApplicableWithoutJustification: notApplicable.filter {
                $0.justification.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }.count)
    }

    /// Answered ÷ asked, 0 to 1 (1 when nothing is asked).
    public var ratio: Double { asked == 0 ? 1 : Double(answered) / Double(asked) }

    public var isComplete: Bool { answered >= asked }

    /// What a reader must know when the figures rest on part of the answers; nil when all are in.
    public var caveat: String? {
        guard !isComplete else { return nil }
        let percent = Int(clamping: (ratio * 100).rounded(.down))
        return "Estimate from \(percent)% of the answers (\(answered) of \(asked) questions asked): the "
            + "\(asked - answered) unanswered count as gaps, so readiness is understated and effort overstated until they are answered."
    }
}
