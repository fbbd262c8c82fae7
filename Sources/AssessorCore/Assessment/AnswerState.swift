/// Where a question of an assessment stands. Every command reads the same four states from the
/// ``AssessmentSnapshot``, so the interview, `status`, the scores and every report agree on what was
/// said and what was not.
public enum AnswerState: Sendable, Hashable {
    /// Answered by a person: given in the interview or with `answer`, or a suggestion of imported
    /// evidence that a person took.
    case confirmed(Answer)
    /// Pre-filled from the answer to a strongly mapped question of another standard: shown for
    /// confirmation, not yet said by anyone about this question.
    case prefilled(Answer)
    /// Asked (skip logic lets it through) and not answered.
    case unanswered
    /// Left out by skip logic: its condition on an earlier answer does not hold. Never a gap.
    case notAsked

    /// The recorded answer, confirmed or pre-filled; nil when there is none.
    public var answer: Answer? {
        switch self {
        case .confirmed(let answer), .prefilled(let answer): answer
        case .unanswered, .notAsked: nil
        }
    }

    /// Whether skip logic asks the question.
    public var isAsked: Bool { self != .notAsked }

    /// Whether a person has answered it.
    public var isConfirmed: Bool {
        if case .confirmed = self { return true }
        return false
    }

    /// Whether it holds an answer pre-filled from a mapped question, awaiting confirmation.
    public var isPrefilled: Bool {
        if case .prefilled = self { return true }
        return false
    }

    /// The state of a question asked or not, given the answer recorded for it.
    public init(asked: Bool, answer: Answer?) {
        guard asked else {
            self = .notAsked
            return
        }
        switch answer {
        case nil: self = .unanswered
        case let answer? where answer.needsConfirmation: self = .prefilled(answer)
        case let answer?: self = .confirmed(answer)
        }
    }
}

/// A question of the interview plan with its state in one assessment.
public struct QuestionStatus: Sendable, Hashable {
    public var item: PlannedQuestion
    public var state: AnswerState

    public init(item: PlannedQuestion, state: AnswerState) {
        self.item = item
        self.state = state
    }

    public var question: Question { item.question }
}
