/// How a line is shown in a terminal; plain output ignores it.
public enum ConsoleStyle: Sendable {
    case plain
    /// Where the interview stands: standard, clause, progress.
    case heading
    /// The question itself.
    case emphasis
    /// What may be typed, guidance, suggestions.
    case hint
    /// An answer saved.
    case success
    /// Input refused, or something to look at.
    case warning
}

/// Where an interview talks to a person: lines out, one line in. Both kinds read line by line, so
/// an interview can be typed, pasted or piped.
public protocol Console: AnyObject {
    /// Writes one line, at once (never held in a buffer).
    func line(_ text: String, _ style: ConsoleStyle)
    /// Starts the screen of a new question: a terminal clears it; plain output leaves a blank line.
    func startScreen()
    /// Shows a prompt and reads one line, without its newline; nil at the end of the input.
    func read(prompt: String) -> String?
}

extension Console {
    public func line(_ text: String) { line(text, .plain) }
}
