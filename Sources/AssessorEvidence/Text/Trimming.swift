extension StringProtocol {
    /// The text without leading and trailing white space (Unicode white space, no Foundation:
    /// `trimmingCharacters(in:)` goes through NSString on Linux and was the slowest step of
    /// reading a Word document).
    var trimmed: String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
