/// Skip logic: a question is asked only when another question's answer satisfies this.
public struct Condition: Sendable, Hashable, Codable {
    public enum Test: Sendable, Hashable, Codable {
        /// The answer is this value (a choice value, `yes`/`no`, a conformity level).
        case equals(String)
        /// The answer, or one of the choices picked, is one of these.
        case anyOf([String])
        /// The answer, and every choice picked, is none of these.
        case noneOf([String])
        /// A number answer is at least this.
        case atLeast(Double)
    }

    /// The question whose answer decides.
    public var question: String
    public var test: Test

    public init(question: String, test: Test) {
        self.question = question
        self.test = test
    }

    /// Whether the given answer satisfies the condition; an unanswered or "don't know" question
    /// satisfies it, so that nothing is skipped on a guess.
    public func isSatisfied(by answer: AnswerValue?) -> Bool {
        guard let answer else { return true }
        let picked: [String]
        switch answer {
        case .dontKnow, .notApplicable: return true
        case .number(let value):
            if case .atLeast(let minimum) = test { return value >= minimum }
            picked = [AnswerValue.number(value).text]
        case .choices(let values): picked = values
        default: picked = [answer.text]
        }
        switch test {
        case .equals(let value): return picked == [value]
        case .anyOf(let values): return picked.contains(where: values.contains)
        case .noneOf(let values): return !picked.contains(where: values.contains)
        case .atLeast: return false
        }
    }
}
