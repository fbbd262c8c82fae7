import Foundation

/// Writes to the terminal: results on standard output, warnings and errors on standard error.
enum Terminal {
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func warning(_ message: String) {
        standardError("warning: \(message)")
    }
}
