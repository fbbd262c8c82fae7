extension StringProtocol {
    /// The text without leading and trailing white space (Unicode white space, no Foundation:
    /// `trimmingCharacters(in:)` goes through NSString on Linux and was the slowest step of
    /// reading a Word document).
    var trimmed: String {
        // Most texts start and end with a visible ASCII character: nothing to trim, no Unicode lookup.
        let string = String(self)
        if let first = string.utf8.first, let last = string.utf8.last, first &- 33 < 94, last &- 33 < 94 { return string }
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
