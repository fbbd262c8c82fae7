import Foundation

/// The consoles an interview can run on, chosen from the standard streams.
public enum ConsoleKind: Sendable, Equatable {
    /// Both standard input and output are a terminal: colour and redraw.
    case terminal
    /// Anything else (pipes, files, `TERM=dumb`, `NO_COLOR`): plain prompts, no escape codes.
    case plain

    /// A terminal console only when input and output are both a terminal that takes colour.
    public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment) -> ConsoleKind {
        let dumb = environment["TERM"].map { $0.isEmpty || $0 == "dumb" } ?? true
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        return isatty(0) == 1 && isatty(1) == 1 && !dumb && !noColour ? .terminal : .plain
    }

    public func makeConsole() -> any Console {
        switch self {
        case .terminal: return TerminalConsole()
        case .plain: return PlainConsole(echoesInput: isatty(0) != 1)
        }
    }
}
