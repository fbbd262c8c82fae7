/// One block of an evidence item's text and where it stands in the file: `heading 1`,
/// `paragraph`, `table 2, row 3, cell 1`, `Risks!B11`, `/catalog/group/control/title`.
public struct TextBlock: Sendable, Hashable {
    public var location: String
    public var text: String

    public init(location: String, text: String) {
        self.location = location
        self.text = text
    }
}

/// The stored form of an item's text (`EvidenceItem.text`): one block per line, its location and
/// its text separated by a tab. Tabs and line breaks inside a block are stored as spaces.
public enum EvidenceText {
    /// The blocks of a stored text, in order.
    public static func blocks(in text: String) -> [TextBlock] {
        text.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            return parts.count == 2 ? TextBlock(location: String(parts[0]), text: String(parts[1]))
                : TextBlock(location: "", text: String(line))
        }
    }
}
