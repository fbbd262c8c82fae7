/// An answer to one question, typed by the question's scale.
public enum AnswerValue: Sendable, Hashable {
    case conformity(ConformityLevel)
    case maturity(Int)
    case yesNo(Bool)
    case number(Double)
    case choice(String)
    case choices([String])
    case text(String)
    /// "Don't know": always allowed, and always counts as a gap.
    case dontKnow
    /// "Not applicable": allowed where the question says so, and needs a justification.
    case notApplicable

    /// The canonical text form, as stored and as typed (`fully`, `3`, `yes`, `developer,user`, `dont_know`, `na`).
    public var text: String {
        switch self {
        case .conformity(let level): return level.rawValue
        case .maturity(let level): return String(level)
        case .yesNo(let value): return value ? "yes" : "no"
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .choice(let value): return value
        case .choices(let values): return values.joined(separator: ",")
        case .text(let value): return value
        case .dontKnow: return AnswerValue.dontKnowText
        case .notApplicable: return AnswerValue.notApplicableText
        }
    }

    /// The text with thousands grouped for reading (`10,000,000`); numbers only, else ``text``.
    public var grouped: String {
        guard case .number(let value) = self, value == value.rounded(), abs(value) < 1e15 else { return text }
        let digits = String(String(Int64(value).magnitude).reversed())
        let groups = stride(from: 0, to: digits.count, by: 3).map { start -> String in
            let from = digits.index(digits.startIndex, offsetBy: start)
            return String(digits[from..<(digits.index(from, offsetBy: 3, limitedBy: digits.endIndex) ?? digits.endIndex)])
        }
        return (value < 0 ? "-" : "") + String(groups.joined(separator: ",").reversed())
    }

    /// The share of the requirement this answer says is met, for scored scales; nil where the
    /// answer is a fact that does not score (number, choice, text) or is not applicable.
    public var fraction: Double? {
        switch self {
        case .conformity(let level): return level.fraction
        case .maturity(let level): return Double(level) / 5
        case .yesNo(let value): return value ? 1 : 0
        case .dontKnow: return 0
        case .number, .choice, .choices, .text, .notApplicable: return nil
        }
    }

    public static let dontKnowText = "dont_know"
    public static let notApplicableText = "na"
}
