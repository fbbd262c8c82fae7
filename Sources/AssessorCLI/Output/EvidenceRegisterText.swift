import AssessorCore
import Foundation

/// The evidence register as `assessor evidence` prints it: every current item with its dates,
/// freshness, best matches and pending suggestions as text, or every item and revision as JSON
/// (`schemaVersion` 1).
struct EvidenceRegisterText {
    let register: EvidenceRegister

    init(_ register: EvidenceRegister) { self.register = register }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(EvidenceRegisterDocument(register)), as: UTF8.self)
    }

    /// The register as text: each current item, its matches (the best `limit`), its suggestions.
    func text(limit: Int = 10) -> String {
        let current = register.current
        guard !current.isEmpty else { return "No evidence yet; add some with 'assessor import FILE PATH...'." }
        var lines: [String] = []
        for entry in current { lines += self.lines(entry, limit: limit) }
        let older = register.entries.count - current.count
        if older > 0 { lines.append("(\(older) older revision\(older == 1 ? "" : "s") not shown; --json lists them)") }
        return lines.joined(separator: "\n")
    }

    private func lines(_ entry: EvidenceRegister.Entry, limit: Int) -> [String] {
        let item = entry.item, safe = TerminalSafe.escaped
        let revision = item.revision > 1 ? ", revision \(item.revision)" : ""
        var lines = ["#\(item.id ?? 0) \(safe(item.path)) (\(item.format.rawValue)\(revision)): \(safe(item.title))"]
        let dates = [item.documentVersion.map { "version \(safe($0))" }, item.reviewDate.map { "reviewed \(Self.day($0))" },
                     item.modified.map { "modified \(Self.day($0))" }, item.author.isEmpty ? nil : "by \(safe(item.author))"]
        let freshness = entry.freshness == .stale
            ? "STALE (last reviewed over \(register.freshness.months) months ago)" : entry.freshness.rawValue
        lines.append("   " + (dates.compactMap { $0 } + [freshness]).joined(separator: ", ")
                     + (item.recognisedAs.map { "; recognised as \(safe($0))" } ?? ""))
        if entry.matches.isEmpty {
            lines.append("   no matches")
        } else {
            let rows = entry.matches.prefix(limit).map {
                [$0.requirement.description, String(format: "%.2f", $0.confidence), $0.status.rawValue, safe($0.reason)]
            }
            lines += Table(headers: ["MATCH", "CONFIDENCE", "STATUS", "REASON"], rows: Array(rows)).render()
                .split(separator: "\n").map { "   " + $0 }
            if entry.matches.count > limit { lines.append("   ... and \(entry.matches.count - limit) more (--json lists all)") }
        }
        for suggestion in entry.suggestions where suggestion.status == .suggested {
            lines.append("   suggests \(suggestion.questionID) = \(safe(suggestion.value.text)) (\(safe(suggestion.source)))")
        }
        return lines
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
