import AssessorXML

/// Escapes text for HTML content and attribute values in the report's templates: `& < > " '`, and
/// removes the characters XML 1.0 forbids (the XML parts of the report go through ``XMLStreamWriter``,
/// which escapes for itself).
public struct HtmlEscaper: TextEscaper {
    public init() {}

    public func escape(_ text: String) -> String {
        // Most values need nothing: check the bytes first (0xEF starts U+F000 to U+FFFF, U+FFFE among them).
        guard text.utf8.contains(where: Self.needsWork) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": bytes += Self.ampersand
            case "<": bytes += Self.lessThan
            case ">": bytes += Self.greaterThan
            case "\"": bytes += Self.quote
            case "'": bytes += Self.apostrophe
            default: if XMLCharacters.isAllowed(scalar) { bytes.append(contentsOf: scalar.utf8) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00..<0x20, 0xEF, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default: return false
        }
    }

    private static let ampersand = Array("&amp;".utf8), lessThan = Array("&lt;".utf8), greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8), apostrophe = Array("&#39;".utf8)
}
