import Foundation

/// The evidence register of an assessment: every item (all revisions, the current one marked), how
/// fresh each is, what it matches, what it is accepted for and the answers it suggests. The one
/// register behind `assessor evidence` (text and JSON) and the reports' evidence section.
public struct EvidenceRegister: Sendable {
    /// One item (one revision of one file) in the register.
    public struct Entry: Sendable {
        public var item: EvidenceItem
        /// Whether no later revision replaces it.
        public var isCurrent: Bool
        public var freshness: Freshness.Verdict
        /// Its matches, highest confidence first.
        public var matches: [EvidenceMatch]
        /// The answers it suggests, whatever their status, in import order.
        public var suggestions: [AnswerSuggestion]

        /// The requirements it is accepted as evidence for, in order.
        public var supports: [RequirementReference] {
            matches.filter { $0.status == .accepted }.map(\.requirement).sorted()
        }

        /// The title, or the file name when the document has none.
        public var displayTitle: String { item.displayTitle }
    }

    /// The freshness rule applied.
    public let freshness: Freshness
    /// Every entry, oldest first.
    public let entries: [Entry]

    /// The register of `evidence` as it stands on `date` under `freshness`.
    public init(_ evidence: AssessmentEvidence, freshness: Freshness, on date: Date) {
        self.freshness = freshness
        let matches = Dictionary(grouping: evidence.matches, by: \.evidenceID)
        let suggestions = Dictionary(grouping: evidence.suggestions, by: \.evidenceID)
        entries = evidence.items.compactMap { item in
            guard let id = item.id else { return nil }
            return Entry(item: item, isCurrent: evidence.isCurrent(id), freshness: freshness.verdict(for: item, now: date),
                         matches: (matches[id] ?? []).sorted { $0.confidence > $1.confidence },
                         suggestions: suggestions[id] ?? [])
        }
    }

    /// The current revision of every file, oldest first.
    public var current: [Entry] { entries.filter(\.isCurrent) }
}

extension EvidenceItem {
    /// The title, or the file name when the document has none.
    public var displayTitle: String { title.isEmpty ? fileName : title }
}
