import AssessorXML

/// Escapes text for one line of Markdown (a table cell, a list item, a heading): every character
/// that could start emphasis, code, a link, an image, raw HTML or an entity is backslash-escaped,
/// `|` too (table cells), line breaks become spaces, and a leading `#`, `-`, `+`, `=` or `1.` cannot
/// start a block. `[x](javascript:...)` and `<script>` therefore stay plain text.
public struct MarkdownEscaper: TextEscaper {
    public init() {}

    private static let specials: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "|", "!", "&", "~", "{", "}", "$",
    ]
    private static let blockStarts: Set<Unicode.Scalar> = ["#", "-", "+", "=", ":"]

    private static func needsWork(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0xEF || (byte < 0x80 && specials.contains(Unicode.Scalar(byte)))
    }

    public func escape(_ text: String) -> String {
        // Most values need nothing: no special character anywhere, no block marker or digit first.
        if let first = text.unicodeScalars.first, !Self.blockStarts.contains(first), !("0"..."9").contains(first),
           !text.utf8.contains(where: Self.needsWork) {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var atLineStart = true
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                pendingSpace = !atLineStart
                continue
            }
            guard XMLCharacters.isAllowed(scalar) else { continue }
            if pendingSpace, scalar != " " { result += " " }
            pendingSpace = false
            if Self.specials.contains(scalar) || (atLineStart && Self.blockStarts.contains(scalar)) {
                result += "\\"
            } else if scalar == ".", let last = result.unicodeScalars.last, ("0"..."9").contains(last),
                      result.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
                result += "\\"
            }
            result.unicodeScalars.append(scalar)
            if scalar != " " { atLineStart = false }
        }
        return result
    }
}
