import Foundation

/// The commands of an interview; each also has a one-letter form (`:q`).
public enum PromptCommand: String, Sendable, CaseIterable {
    case note, take, dismiss, skip, back, jump, guide, evidence, quit, help

    public var short: String { String(rawValue.prefix(1)) }

    var argument: String {
        switch self {
        case .note: return " TEXT"
        case .jump: return " ID"
        case .take, .dismiss: return " N"
        case .skip, .back, .guide, .evidence, .quit, .help: return ""
        }
    }

    public var summary: String {
        switch self {
        case .note: return "add a note to this question (:note alone clears it)"
        case .take: return "record answer N suggested by imported evidence (:take alone when there is one)"
        case .dismiss: return "reject answer N suggested by imported evidence"
        case .skip: return "leave this question for later"
        case .back: return "go back to the previous question"
        case .jump: return "go to a question id or a requirement (iso42001:6.1.2)"
        case .guide: return "show what good looks like, the typical gap, and the evidence to look for"
        case .evidence: return "show the evidence linked or suggested; link or dismiss suggestions"
        case .quit: return "stop here; every saved answer is kept, and the next run resumes here"
        case .help: return "show these keys"
        }
    }

    /// The lines `:help` shows.
    public static var helpLines: [String] {
        ["Type an answer and press Enter; an empty line keeps the answer shown."]
            + allCases.map { command in
                let form = ":\(command.rawValue)\(command.argument)"
                return "  " + form.padding(toLength: 15, withPad: " ", startingAt: 0) + "(:\(command.short)) \(command.summary)"
            }
    }
}
