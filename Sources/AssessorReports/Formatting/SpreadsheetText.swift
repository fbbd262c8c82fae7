/// Keeps spreadsheet programs from running text as a formula: a value that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading apostrophe (CSV), or is stored as a
/// quote-prefixed string (XLSX).
enum SpreadsheetText {
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// Whether a spreadsheet could read the text as a formula.
    static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return formulaStarts.contains(first)
    }

    /// The text with a leading apostrophe when it looks like a formula.
    static func neutralised(_ text: String) -> String {
        looksLikeFormula(text) ? "'" + text : text
    }
}
