import AssessorCore
import Foundation

/// Writes to the terminal: results on standard output, warnings and errors on standard error.
/// Text made from files, modules, plugins or users goes through ``TerminalSafe``, so that no
/// escape sequence or invisible character in it reaches the terminal raw.
enum Terminal {
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((TerminalSafe.escapedLines(line) + "\n").utf8))
    }

    /// Writes text results on standard output (JSON goes out as it is: its encoder escapes what it must).
    static func show(_ text: String, terminator: String = "\n") {
        print(TerminalSafe.escapedLines(text), terminator: terminator)
    }

    static func warning(_ message: String) {
        standardError("warning: \(message)")
    }
}
