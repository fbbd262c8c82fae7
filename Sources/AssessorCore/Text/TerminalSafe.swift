/// Text from files, modules, plugins or users made safe to print on a terminal: control characters
/// (C0, DEL, C1: escape sequences, bells, carriage returns that overwrite a line) and the invisible
/// format characters that reorder or hide text (bidi overrides and isolates, zero-width characters)
/// become visible escapes such as `\u{1B}`, so nothing can move the cursor, forge a line or hide part
/// of a name. Printable text, tabs excepted, is unchanged.
public enum TerminalSafe {
    /// `text` with every unsafe character written as `\u{XX}`; a newline too, so one value stays on one line.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` escaped line by line: its line breaks kept, every other unsafe character escaped. For
    /// multi-line output (a table, a listing) made from untrusted values.
    public static func escapedLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && isUnsafe($0) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// Whether printing `scalar` raw could change what a terminal shows beyond the character itself.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
