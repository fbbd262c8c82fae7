import AssessorCore
import Foundation

/// A real terminal: colour, and the screen cleared and redrawn for each question, with the
/// acknowledgements of the question before at its top. The terminal itself edits the line being
/// typed. Ctrl-C resets the colours before the process ends; every answer acknowledged by then is
/// already in the file.
public final class TerminalConsole: Console {
    /// The acknowledgements since the screen was last cleared, shown again after clearing it.
    private var acknowledgements: [String] = []

    public init() {
        signal(SIGINT) { _ in
            let message: StaticString = "\u{1B}[0m\ninterrupted: every saved answer is kept\n"
            _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
            _exit(130)
        }
    }

    public func line(_ text: String, _ style: ConsoleStyle) {
        let text = TerminalSafe.escapedLines(text)
        StandardStreams.write(Self.colour(style) + text + (style == .plain ? "" : "\u{1B}[0m") + "\n")
        if style == .success { acknowledgements.append(text) }
    }

    public func startScreen() {
        StandardStreams.write("\u{1B}[H\u{1B}[2J")
        for text in acknowledgements { StandardStreams.write(Self.colour(.hint) + text + "\u{1B}[0m\n") }
        acknowledgements = []
    }

    public func read(prompt: String) -> String? {
        StandardStreams.write("\u{1B}[1m" + TerminalSafe.escapedLines(prompt) + "\u{1B}[0m")
        let input = StandardStreams.readLine()
        if input == nil { StandardStreams.write("\n") }
        return input
    }

    /// The SGR escape sequence of each style.
    private static func colour(_ style: ConsoleStyle) -> String {
        switch style {
        case .plain: return ""
        case .heading: return "\u{1B}[1;36m"
        case .emphasis: return "\u{1B}[1m"
        case .hint: return "\u{1B}[2m"
        case .success: return "\u{1B}[32m"
        case .warning: return "\u{1B}[33m"
        }
    }
}
