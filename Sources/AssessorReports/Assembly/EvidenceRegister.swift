import AssessorCore
import Foundation

/// The evidence register: the latest revision of every imported document, how fresh it is, and the
/// requirements it is accepted for.
enum EvidenceRegister {
    /// Items no later revision replaces, by id.
    static func latest(_ evidence: [EvidenceItem]) -> [Int64: EvidenceItem] {
        let superseded = Set(evidence.compactMap(\.supersedes))
        var latest: [Int64: EvidenceItem] = [:]
        for item in evidence { if let id = item.id, !superseded.contains(id) { latest[id] = item } }
        return latest
    }

    static func rows(latest: [Int64: EvidenceItem], matches: [EvidenceMatch], reportDate: CalendarDate) -> [EvidenceRow] {
        var supports: [Int64: [RequirementReference]] = [:]
        for match in matches where match.status == .accepted { supports[match.evidenceID, default: []].append(match.requirement) }
        let staleBefore = reportDate.adding(months: -12)
        return latest.values.sorted { ($0.displayTitle, $0.id ?? 0) < ($1.displayTitle, $1.id ?? 0) }.map { item in
            let reviewed = item.lastReviewed.map(CalendarDate.init)
            let freshness: Freshness = reviewed.map { $0 < staleBefore ? .stale : .fresh } ?? .undated
            return EvidenceRow(
                id: item.id, document: item.displayTitle, file: item.fileName, format: item.format.rawValue,
                revision: item.revision, version: item.documentVersion, created: item.created.map(CalendarDate.init),
                modified: item.modified.map(CalendarDate.init), reviewed: item.reviewDate.map(CalendarDate.init),
                freshness: freshness, supports: (supports[item.id ?? -1] ?? []).sorted().map(\.description))
        }
    }
}

extension EvidenceItem {
    /// The title, or the file name when the document has none.
    var displayTitle: String { title.isEmpty ? fileName : title }
}
