/// The names the writer accepts for elements and attributes: a qualified name of ASCII letters,
/// digits, `_`, `-` and `.`, with at most one `:` between a prefix and a local part (`w:p`,
/// `xml:space`, `xmlns:r`, `sheetData`). libxml2 writes names as given, so a name that is not one
/// is refused before it reaches libxml2; names come from code, never from user text.
enum XMLName {
    static func isValid(_ name: String) -> Bool {
        var atPartStart = true
        var colons = 0
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                atPartStart = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if atPartStart { return false }
            case UInt8(ascii: ":"):
                colons += 1
                if atPartStart || colons > 1 { return false }
                atPartStart = true
            default:
                return false
            }
        }
        return !atPartStart
    }

    /// The prefix of a qualified name (`w` of `w:p`), nil without one.
    static func prefix(of name: String) -> Substring? {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return name[..<colon]
    }
}
