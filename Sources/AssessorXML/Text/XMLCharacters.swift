/// The characters XML 1.0 allows in a document. Swift strings never hold lone surrogates, so the
/// forbidden ones left are the C0 controls other than tab, line feed and carriage return, and the
/// non-characters U+FFFE and U+FFFF.
public enum XMLCharacters {
    /// Whether XML 1.0 allows the character in text and attribute values.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// The text without the characters XML 1.0 forbids; the same string when it has none (the usual case).
    public static func removingForbidden(_ text: String) -> String {
        let suspicious = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: mayStartForbidden) }
            ?? text.utf8.contains(where: mayStartForbidden)
        guard suspicious else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter(isAllowed))
        return String(kept)
    }

    /// A byte that is, or starts, a forbidden character: a C0 control, or 0xEF (which leads U+F000
    /// to U+FFFF, U+FFFE and U+FFFF among them). A cheap first look before decoding anything.
    private static func mayStartForbidden(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD) || byte == 0xEF
    }
}
