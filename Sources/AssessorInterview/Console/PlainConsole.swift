import AssessorCore

/// Plain text for pipes, files and dumb terminals: no escape codes. When the input does not come
/// from a terminal it is echoed after the prompt, so a transcript reads like the session did.
public final class PlainConsole: Console {
    private let echoesInput: Bool

    public init(echoesInput: Bool) {
        self.echoesInput = echoesInput
    }

    public func line(_ text: String, _ style: ConsoleStyle) {
        StandardStreams.write(TerminalSafe.escapedLines(text) + "\n")
    }

    public func startScreen() {
        StandardStreams.write("\n")
    }

    public func read(prompt: String) -> String? {
        StandardStreams.write(TerminalSafe.escapedLines(prompt))
        let input = StandardStreams.readLine()
        if input == nil || echoesInput { StandardStreams.write((input ?? "") + "\n") }
        return input
    }
}
