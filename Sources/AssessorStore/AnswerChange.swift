import AssessorCore
import Foundation

/// One entry of an answer's history: what it was, what it became, when and by whom.
public struct AnswerChange: Sendable, Equatable {
    public var questionID: String
    /// nil when the question had no answer before.
    public var oldValue: AnswerValue?
    /// nil when the answer was cleared.
    public var newValue: AnswerValue?
    public var oldNote: String
    public var newNote: String
    public var oldJustification: String
    public var newJustification: String
    public var origin: Answer.Origin
    public var changedAt: Date
    public var changedBy: String
}
