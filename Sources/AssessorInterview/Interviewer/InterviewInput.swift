import Foundation

/// One line typed at a question. Commands start with `:`, which no answer does (`?` is already
/// an answer: "don't know"), so a command and an answer never collide.
public enum InterviewInput: Sendable, Equatable {
    /// Anything that is not a command: an answer to parse.
    case answer(String)
    /// An empty line: keep the answer shown (a pre-filled one is confirmed).
    case keep
    /// `:note TEXT`: the note on this question (`:note` alone clears it).
    case note(String)
    /// `:take N`: record suggestion N of this question (nil: the only one).
    case take(Int?)
    /// `:dismiss N`: reject suggestion N of this question (nil: the only one).
    case dismiss(Int?)
    case skip
    case back
    /// `:jump ID`: a question id or a requirement.
    case jump(String)
    case guide
    case evidence
    case quit
    case help
    /// A command that does not exist, or lacks its argument: the message says which.
    case invalid(String)

    public static func parse(_ line: String) -> InterviewInput {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix(":") else { return text.isEmpty ? .keep : .answer(text) }
        let word = text.dropFirst().prefix { !$0.isWhitespace }.lowercased()
        let argument = text.dropFirst(1 + word.count).trimmingCharacters(in: .whitespaces)
        guard let command = PromptCommand.allCases.first(where: { $0.rawValue == word || $0.short == word }) else {
            return .invalid("unknown command ':\(word)'; type :help for the commands")
        }
        switch command {
        case .note: return .note(argument)
        case .take, .dismiss:
            let number = Int(argument)
            guard argument.isEmpty || (number ?? 0) > 0 else {
                return .invalid(":\(command.rawValue) needs the number of a suggested answer, e.g. :\(command.rawValue) 1")
            }
            return command == .take ? .take(number) : .dismiss(number)
        case .skip: return .skip
        case .back: return .back
        case .jump:
            return argument.isEmpty ? .invalid(":jump needs a question id or a requirement, e.g. :jump iso42001:6.1.2") : .jump(argument)
        case .guide: return .guide
        case .evidence: return .evidence
        case .quit: return .quit
        case .help: return .help
        }
    }
}
