import Foundation

/// The version and last review date a document states about itself, read from its
/// document-control block: label and value side by side in a table row (`Version | 1.2`,
/// `Last reviewed | 12 March 2025`), a `Label: value` paragraph, or a version-history table whose
/// last filled row gives the current version and its date. A label for the *next* review is not a
/// last review; placeholders (`[DD Month YYYY]`, `TBD`) are not values.
struct DocumentControl: Sendable {
    private(set) var version: String?
    private(set) var reviewDate: Date?
    /// An approval or effective date: the review date when no review date is stated.
    private var approvalDate: Date?
    private var history: (version: Int, date: Int)?

    private static let versionLabels = ["version", "document version", "policy version", "revision", "version number",
                                        "rev", "current version", "versionsnummer"]
    private static let reviewLabels = ["review date", "last review", "last reviewed", "date of last review", "reviewed on",
                                       "last review date", "date reviewed", "revision date", "version date", "versionsdatum",
                                       "letzte überprüfung", "überprüft am", "letztes review-datum", "date of last assessment"]
    private static let approvalLabels = ["approval date", "date approved", "approved on", "effective date", "issue date",
                                         "issued date", "date of issue", "freigabedatum", "gültig ab"]

    var stated: (version: String?, reviewDate: Date?) { (version, reviewDate ?? approvalDate) }

    /// A row of a table (or of a sheet), cells in order.
    mutating func consider(row cells: [String]) {
        let labels = cells.map(Self.label)
        if let history {
            if history.version < cells.count, let value = Self.value(cells[history.version]),
               Self.versionNumber(value).first?.isNumber == true {
                version = Self.versionNumber(value)
                if history.date < cells.count, let date = Self.date(cells[history.date]) { reviewDate = date }
            }
            return
        }
        if let versionColumn = labels.firstIndex(of: "version"),
           let dateColumn = labels.firstIndex(where: { $0 == "date" || $0.hasSuffix(" date") || $0 == "datum" }),
           labels.filter({ !$0.isEmpty }).count >= 3 {
            history = (versionColumn, dateColumn)
            return
        }
        for (index, label) in labels.enumerated() where wants(label) {
            guard let value = cells[(index + 1)...].lazy.compactMap(Self.value).first else { continue }
            consider(label: label, value: value)
        }
    }

    /// Ends a table: a version-history table stops at its end.
    mutating func endTable() { history = nil }

    /// A paragraph such as `Version: 1.2` or `Review date: 2024-03-01`.
    mutating func consider(paragraph: String) {
        guard let colon = paragraph.firstIndex(of: ":"), paragraph.distance(from: paragraph.startIndex, to: colon) < 40,
              let value = Self.value(String(paragraph[paragraph.index(after: colon)...])) else { return }
        consider(label: Self.label(String(paragraph[..<colon])), value: value)
    }

    /// A property of the file (`docProps/custom.xml`): name and value.
    mutating func consider(property name: String, value: String) {
        guard let value = Self.value(value) else { return }
        consider(label: Self.label(name), value: value)
    }

    /// Whether a label names a fact still unknown (a value is looked for only then).
    private func wants(_ label: String) -> Bool {
        (version == nil && Self.versionLabels.contains(label)) || (reviewDate == nil && Self.reviewLabels.contains(label))
            || (approvalDate == nil && Self.approvalLabels.contains(label))
    }

    private mutating func consider(label: String, value: String) {
        if label.contains("next") || label.contains("nächst") { return }
        if version == nil, Self.versionLabels.contains(label) { version = Self.versionNumber(value) }
        if reviewDate == nil, Self.reviewLabels.contains(label) { reviewDate = Self.date(value) }
        if approvalDate == nil, Self.approvalLabels.contains(label) { approvalDate = Self.date(value) }
    }

    /// A cell as a label: its words (letters and hyphens) lowercased, one space apart; empty when
    /// it is too long to be one. ASCII is done byte by byte, without Unicode case mapping.
    private static func label(_ cell: String) -> String {
        guard cell.utf8.count <= 40 else { return "" }
        guard cell.utf8.allSatisfy({ $0 < 128 }) else {
            let words = cell.lowercased().split { !$0.isLetter && $0 != "-" }
            return words.count <= 5 ? words.joined(separator: " ") : ""
        }
        var label: [UInt8] = []
        var words = 0
        var inWord = false
        for byte in cell.utf8 {
            let isLetter = (byte | 32) &- 97 < 26
            guard isLetter || byte == 45 else {
                inWord = false
                continue
            }
            if !inWord {
                words += 1
                if !label.isEmpty { label.append(32) }
                inWord = true
            }
            label.append(isLetter ? byte | 32 : byte)
        }
        return words <= 5 ? String(decoding: label, as: UTF8.self) : ""
    }

    /// The cell's text, or nil for an empty cell or a placeholder.
    private static func value(_ cell: String) -> String? {
        let value = cell.trimmed
        let lower = value.lowercased()
        guard !value.isEmpty, !value.hasPrefix("["), !value.hasPrefix("<"), !value.hasPrefix("{{"),
              !["tbd", "tba", "n/a", "-", "xx", "x.x"].contains(lower) else { return nil }
        return value
    }

    /// `1.0 — Initial policy (June 2026)` gives `1.0`; `v2` gives `2`.
    private static func versionNumber(_ value: String) -> String {
        let words = value.split { $0 == " " || $0 == "—" || $0 == "(" || $0 == "|" }
        guard let first = words.first else { return value }
        let number = first.drop { $0 == "v" || $0 == "V" }
        return number.first?.isNumber == true ? String(number) : value
    }

    private static func date(_ value: String) -> Date? {
        EvidenceDate.spreadsheetSerial(value) ?? EvidenceDate.parse(value)
    }
}
