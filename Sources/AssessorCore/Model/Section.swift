/// A group of requirements: a clause of the harmonized structure or an Annex A theme.
public struct Section: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case clause
        case theme
    }

    /// `4`, `A.5`.
    public var id: String
    public var title: String
    public var kind: Kind

    public init(id: String, title: String, kind: Kind) {
        self.id = id
        self.title = title
        self.kind = kind
    }
}
