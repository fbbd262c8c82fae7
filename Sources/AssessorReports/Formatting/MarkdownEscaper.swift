import AssessorXML

/// Escapes text for one line of Markdown (a table cell, a list item, a heading): every character
/// that could start emphasis, code, a link, an image, raw HTML or an entity is backslash-escaped,
/// `|` too (table cells), line breaks become spaces, and a leading `#`, `-`, `+`, `=` or ordered-list
/// marker (`1. `) cannot start a block. `[x](javascript:...)` and `<script>` therefore stay plain
/// text, while a number such as `184.6` reads as it is.
public struct MarkdownEscaper: TextEscaper {
    public init() {}

    private static let specials: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "|", "!", "&", "~", "{", "}", "$",
    ]
    private static let blockStarts: Set<Unicode.Scalar> = ["#", "-", "+", "=", ":"]
    private static let digits: ClosedRange<Unicode.Scalar> = "0"..."9"

    private static func needsWork(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0xEF || (byte < 0x80 && specials.contains(Unicode.Scalar(byte)))
    }

    public func escape(_ text: String) -> String {
        // Most values need nothing: no special character anywhere, no block marker first.
        let startsBlock = text.unicodeScalars.first { $0 != " " }.map(Self.blockStarts.contains) ?? false
        let plain = !startsBlock && !text.utf8.contains(where: Self.needsWork)
        return Self.escapingListMarker(plain ? text : Self.escapingCharacters(text))
    }

    private static func escapingCharacters(_ text: String) -> String {
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
            if specials.contains(scalar) || (atLineStart && blockStarts.contains(scalar)) { result += "\\" }
            result.unicodeScalars.append(scalar)
            if scalar != " " { atLineStart = false }
        }
        return result
    }

    /// Escapes the dot of an ordered-list marker at the start (one to nine digits, a dot, then a
    /// space or nothing: `1. first`, `2024.`); `)` markers are escaped with the other specials.
    private static func escapingListMarker(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, scalars[index] == " " { index = scalars.index(after: index) }
        var count = 0
        while index < scalars.endIndex, digits.contains(scalars[index]) {
            index = scalars.index(after: index)
            count += 1
        }
        guard (1...9).contains(count), index < scalars.endIndex, scalars[index] == "." else { return text }
        let next = scalars.index(after: index)
        guard next == scalars.endIndex || scalars[next] == " " else { return text }
        var escaped = text
        escaped.unicodeScalars.insert("\\", at: index)
        return escaped
    }
}
