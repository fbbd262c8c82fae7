import Foundation

/// Standard output written straight to the file descriptor, so that a line is out before the
/// next step (an acknowledgement must be visible before anything else can go wrong).
enum StandardStreams {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One line of standard input, or nil at its end.
    static func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }
}
