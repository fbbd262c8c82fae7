import Foundation

/// The recorded answer to one question.
public struct Answer: Sendable, Hashable {
    /// Where an answer came from.
    public enum Origin: Sendable, Hashable {
        /// Given by a person (interview or `assessor answer`).
        case given
        /// Pre-filled from the answer to a strongly mapped question; shown for confirmation.
        case prefilled(from: String)
        /// Suggested by imported evidence (a Statement of Applicability, a gap assessment).
        case imported(from: String)
    }

    public var questionID: String
    public var value: AnswerValue
    public var note: String
    /// Required for "not applicable"; it goes into the Statement of Applicability.
    public var justification: String
    public var origin: Origin

    /// Whether a person still has to confirm it: it was pre-filled from a mapped question. An
    /// answer taken from a suggestion of imported evidence was chosen by a person, so it needs none.
    public var needsConfirmation: Bool {
        if case .prefilled = origin { return true }
        return false
    }

    public init(
        questionID: String, value: AnswerValue, note: String = "", justification: String = "",
        origin: Origin = .given
    ) {
        self.questionID = questionID
        self.value = value
        self.note = note
        self.justification = justification
        self.origin = origin
    }
}
