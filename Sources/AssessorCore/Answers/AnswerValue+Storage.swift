extension AnswerValue {
    /// A stable tag for the kind of value, stored beside ``text`` so that an answer reads back
    /// without the questionnaire that asked it.
    public var storageKind: String {
        switch self {
        case .conformity: return "conformity"
        case .maturity: return "maturity"
        case .yesNo: return "yes_no"
        case .number: return "number"
        case .choice: return "choice"
        case .choices: return "choices"
        case .text: return "text"
        case .dontKnow: return "dont_know"
        case .notApplicable: return "na"
        }
    }

    /// Rebuilds a stored value from its kind tag and text; nil when they do not fit together.
    public init?(storageKind: String, text: String) {
        switch storageKind {
        case "conformity": guard let level = ConformityLevel(rawValue: text) else { return nil }; self = .conformity(level)
        case "maturity": guard let level = Int(text), (0...5).contains(level) else { return nil }; self = .maturity(level)
        case "yes_no": guard text == "yes" || text == "no" else { return nil }; self = .yesNo(text == "yes")
        case "number": guard let value = Double(text) else { return nil }; self = .number(value)
        case "choice": self = .choice(text)
        case "choices": self = .choices(text.split(separator: ",").map(String.init))
        case "text": self = .text(text)
        case "dont_know": self = .dontKnow
        case "na": self = .notApplicable
        default: return nil
        }
    }
}

extension Answer.Origin {
    /// How the origin is stored: `given`, `prefilled:QUESTION`, `imported:SOURCE`.
    public var storageText: String {
        switch self {
        case .given: return "given"
        case .prefilled(let question): return "prefilled:\(question)"
        case .imported(let source): return "imported:\(source)"
        }
    }

    public init(storageText: String) {
        if storageText.hasPrefix("prefilled:") {
            self = .prefilled(from: String(storageText.dropFirst("prefilled:".count)))
        } else if storageText.hasPrefix("imported:") {
            self = .imported(from: String(storageText.dropFirst("imported:".count)))
        } else {
            self = .given
        }
    }
}
