/// Finds control tables in a workbook row by row (a header row any ``SheetRecogniser`` knows,
/// then one row per control), then decides which standard and numbering the ids follow: three-level
/// Annex A ids in themes 5 to 18 are ISO/IEC 27001:2013, whatever the sheet's title says.
struct ControlTableReader {
    private struct Entry {
        var id: String
        var status: String
        var justification: String
        var location: String
        var clause: Bool
    }

    /// What was recognised: a description for the register, the statuses, the standard.
    struct Result {
        var description: String
        var statuses: [ControlStatus]
        var standard: StandardCue
    }

    private let title: String
    private var columns: ControlColumns?
    /// The recogniser of the current sheet's table.
    private var recogniser: (any SheetRecogniser)?
    private var kind: String?
    private var entries: [Entry] = []
    private let limit = 20_000

    init(title: String) { self.title = title.lowercased() }

    mutating func consider(_ row: SheetRow, sheet: String) {
        guard let columns else {
            for recogniser in SheetRecognisers.all {
                if let found = recogniser.columns(in: row.values) {
                    self.columns = found
                    self.recogniser = recogniser
                    kind = kind ?? recogniser.kind
                    return
                }
            }
            return
        }
        guard entries.count < limit, let id = Self.controlID(row.value(at: columns.id)) else { return }
        let statusCell = row.cells.first { $0.column == columns.status }
        let justification = columns.justification.map(row.value(at:)) ?? ""
        let written = statusCell?.value ?? ""
        entries.append(Entry(id: id, status: recogniser?.status(written, justification: justification) ?? written,
                             justification: justification,
                             location: "\(sheet)!\(statusCell?.reference ?? "row \(row.number)")", clause: columns.clauses))
    }

    mutating func endSheet() { columns = nil }

    /// The table found, with its citations added to the analyser; nil when there was none.
    func result(analyser: TextAnalyser) -> Result? {
        guard let kind, !entries.isEmpty else { return nil }
        let mentions = analyser.standardMentions
        let number = ["27001", "42001", "9001"].max { (mentions[$0] ?? 0) < (mentions[$1] ?? 0) } ?? "27001"
        let annex = entries.filter { !$0.clause }
        let old = annex.filter { $0.id.split(separator: ".").count == 3 && (Int($0.id.prefix { $0 != "." }) ?? 0) >= 5 }
        let is2013 = number == "27001" && (title.contains("2013") || (!old.isEmpty && old.count * 4 >= annex.count))
        let standard = StandardCue(number: number, edition: is2013 ? "2013" : nil)
        var statuses: [ControlStatus] = []
        for entry in entries {
            let citation = Citation(kind: entry.clause ? .clause : .annex, number: entry.id, standard: standard)
            analyser.add(citation)
            if !entry.status.isEmpty {
                statuses.append(ControlStatus(citation: citation, status: entry.status,
                                              justification: entry.justification, location: entry.location))
            }
        }
        let numbering = is2013 ? " (ISO/IEC 27001:2013 numbering)" : " (\(standard.label))"
        return Result(description: kind + numbering, statuses: statuses, standard: standard)
    }

    /// `A.5.1.1`, `5.1.1`, `6.1.1 (d)`, `A 8.15` give the bare number; anything else nil.
    static func controlID(_ cell: String) -> String? {
        var text = Substring(cell.trimmed)
        if text.hasPrefix("A.") || text.hasPrefix("A ") { text = text.dropFirst(2) }
        let number = text.prefix { $0.isNumber || $0 == "." }
        let rest = text.dropFirst(number.count).trimmed
        guard let first = number.first, first.isNumber, !number.hasSuffix("."), rest.isEmpty || rest.hasPrefix("(") else {
            return nil
        }
        return String(number)
    }
}
