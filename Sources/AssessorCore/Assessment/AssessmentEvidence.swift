/// The evidence of an assessment as read at one moment: every item with all its revisions, the
/// matches to requirements and the answers the items suggest. The one place that decides which
/// revision of a file is current: the latest one, the item no later revision replaces.
public struct AssessmentEvidence: Sendable {
    /// Every item, every revision, oldest first.
    public let items: [EvidenceItem]
    /// Every match, whatever its status.
    public let matches: [EvidenceMatch]
    /// Every answer suggested, whatever its status.
    public let suggestions: [AnswerSuggestion]
    /// The ids of the current revisions.
    public let currentIDs: Set<Int64>
    private let byID: [Int64: EvidenceItem]

    public init(items: [EvidenceItem], matches: [EvidenceMatch], suggestions: [AnswerSuggestion]) {
        self.items = items
        self.matches = matches
        self.suggestions = suggestions
        let superseded = Set(items.compactMap(\.supersedes))
        currentIDs = Set(items.compactMap(\.id).filter { !superseded.contains($0) })
        byID = Dictionary(items.compactMap { item in item.id.map { ($0, item) } }, uniquingKeysWith: { _, last in last })
    }

    /// No evidence at all.
    public static let none = AssessmentEvidence(items: [], matches: [], suggestions: [])

    public func item(_ id: Int64) -> EvidenceItem? { byID[id] }

    /// Whether no later revision replaces the item.
    public func isCurrent(_ id: Int64) -> Bool { currentIDs.contains(id) }

    /// The current revision of every file, oldest first.
    public var current: [EvidenceItem] { items.filter { $0.id.map(currentIDs.contains) ?? false } }

    /// The matches of current revisions only.
    public var currentMatches: [EvidenceMatch] { matches.filter { currentIDs.contains($0.evidenceID) } }

    /// The current items accepted as evidence for each requirement.
    public var accepted: [RequirementReference: [EvidenceItem]] {
        var accepted: [RequirementReference: [EvidenceItem]] = [:]
        for match in currentMatches where match.status == .accepted {
            if let item = byID[match.evidenceID] { accepted[match.requirement, default: []].append(item) }
        }
        return accepted
    }

    /// How many current items are accepted for each requirement.
    public var acceptedCounts: [RequirementReference: Int] { accepted.mapValues(\.count) }

    /// The answers suggested by current revisions that nobody has taken or dismissed, in import order.
    public var pendingSuggestions: [AnswerSuggestion] {
        suggestions.filter { $0.status == .suggested && currentIDs.contains($0.evidenceID) }
    }
}
