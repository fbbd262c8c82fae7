/// A link from one requirement to a requirement of another standard.
public struct RequirementMapping: Sendable, Hashable, Codable {
    /// How closely the two requirements overlap.
    public enum Relation: String, Sendable, Codable, CaseIterable {
        /// The same requirement in both standards (harmonized structure).
        case equivalent
        /// Meeting one largely meets the other: an answer pre-fills the other.
        case strong
        /// They overlap in part: an answer is offered as a suggestion.
        case partial
        /// Related topics, shown for reference only.
        case related
    }

    public var target: RequirementReference
    public var relation: Relation

    public init(target: RequirementReference, relation: Relation) {
        self.target = target
        self.relation = relation
    }
}
