/// The names the writer accepts for elements and attributes: a qualified name of ASCII letters,
/// digits, `_`, `-` and `.`, with at most one `:` between a prefix and a local part (`w:p`,
/// `xml:space`, `xmlns:r`, `sheetData`). libxml2 writes names as given, so a name that is not one
/// is refused before it reaches libxml2; names come from code, never from user text.
enum XMLQualifiedName {
    static func isValid(_ name: String) -> Bool {
        name.utf8.withContiguousStorageIfAvailable(isValid) ?? isValid(Array(name.utf8))
    }

    private static func isValid<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var atPartStart = true
        var colons = 0
        for byte in bytes {
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_") {
                atPartStart = false
            } else if byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") {
                if atPartStart { return false }
            } else if byte == UInt8(ascii: ":") {
                colons += 1
                if atPartStart || colons > 1 { return false }
                atPartStart = true
            } else {
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
