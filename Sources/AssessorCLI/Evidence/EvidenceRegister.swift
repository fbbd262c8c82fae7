import AssessorCore
import AssessorEvidence
import AssessorStore
import Foundation

/// The evidence register `assessor evidence` prints: every item (older revisions marked), its dates
/// and freshness, its matches with confidence, reason and status, and the answers it suggests.
struct EvidenceRegister: Encodable {
    struct Match: Encodable {
        var requirement: String
        var confidence: Double
        var reason: String
        var status: String
    }

    struct Suggestion: Encodable {
        var question: String
        var requirement: String
        var value: String
        var source: String
        var status: String
    }

    struct Item: Encodable {
        var id: Int64
        var revision: Int
        var current: Bool
        var path: String
        var format: String
        var size: Int64
        var title: String
        var author: String
        var created: Date?
        var modified: Date?
        var documentVersion: String?
        var reviewDate: Date?
        var recognisedAs: String?
        var freshness: String
        var matches: [Match]
        var suggestions: [Suggestion]
    }

    var schemaVersion = 1
    var staleAfterMonths: Int
    var items: [Item]

    init(store: AssessmentStore, freshness: Freshness) throws {
        staleAfterMonths = freshness.months
        let stored = try store.evidence()
        let superseded = Set(stored.compactMap(\.supersedes))
        let matches = Dictionary(grouping: try store.evidenceMatches(), by: \.evidenceID)
        let suggestions = Dictionary(grouping: try store.answerSuggestions(includingDecided: true), by: \.evidenceID)
        items = stored.compactMap { item in
            guard let id = item.id else { return nil }
            return Item(
                id: id, revision: item.revision, current: !superseded.contains(id), path: item.path,
                format: item.format.rawValue, size: item.size, title: item.title, author: item.author,
                created: item.created, modified: item.modified, documentVersion: item.documentVersion,
                reviewDate: item.reviewDate, recognisedAs: item.recognisedAs,
                freshness: freshness.verdict(for: item).rawValue,
                matches: (matches[id] ?? []).map {
                    Match(requirement: $0.requirement.description, confidence: $0.confidence, reason: $0.reason,
                          status: $0.status.rawValue)
                },
                suggestions: (suggestions[id] ?? []).map {
                    Suggestion(question: $0.questionID, requirement: $0.requirement.description, value: $0.value.text,
                               source: $0.source, status: $0.status.rawValue)
                })
        }
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The register as text: each current item, its matches (the best `limit`), its suggestions.
    func text(limit: Int = 10) -> String {
        let current = items.filter(\.current)
        guard !current.isEmpty else { return "No evidence yet; add some with 'assessor import FILE PATH...'." }
        var lines: [String] = []
        for item in current {
            let revision = item.revision > 1 ? ", revision \(item.revision)" : ""
            lines.append("#\(item.id) \(item.path) (\(item.format)\(revision)): \(item.title)")
            let dates = [item.documentVersion.map { "version \($0)" }, item.reviewDate.map { "reviewed \(Self.day($0))" },
                         item.modified.map { "modified \(Self.day($0))" }, item.author.isEmpty ? nil : "by \(item.author)"]
            let freshness = item.freshness == "stale" ? "STALE (last reviewed over \(staleAfterMonths) months ago)" : item.freshness
            lines.append("   " + (dates.compactMap { $0 } + [freshness]).joined(separator: ", ")
                         + (item.recognisedAs.map { "; recognised as \($0)" } ?? ""))
            if item.matches.isEmpty {
                lines.append("   no matches")
            } else {
                let rows = item.matches.prefix(limit).map {
                    [$0.requirement, String(format: "%.2f", $0.confidence), $0.status, $0.reason]
                }
                let table = Table(headers: ["MATCH", "CONFIDENCE", "STATUS", "REASON"], rows: Array(rows)).render()
                lines += table.split(separator: "\n").map { "   " + $0 }
                if item.matches.count > limit { lines.append("   ... and \(item.matches.count - limit) more (--json lists all)") }
            }
            for suggestion in item.suggestions where suggestion.status == "suggested" {
                lines.append("   suggests \(suggestion.question) = \(suggestion.value) (\(suggestion.source))")
            }
        }
        let older = items.count - current.count
        if older > 0 { lines.append("(\(older) older revision\(older == 1 ? "" : "s") not shown; --json lists them)") }
        return lines.joined(separator: "\n")
    }

    private static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
