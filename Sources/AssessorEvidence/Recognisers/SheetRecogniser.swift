/// Recognises a kind of control table in a worksheet by its header row: which column holds the
/// control or clause id, which the status, and which the justification or comment. One
/// conforming type per kind, listed in ``SheetRecognisers``.
protocol SheetRecogniser: Sendable {
    /// What the table is called in the register (`Statement of Applicability`).
    var kind: String { get }
    /// The columns, when `header` is this kind's header row.
    func columns(in header: [String]) -> ControlColumns?
    /// The status of one row as the matcher should read it, given what its status cell says and
    /// the justification beside it (by default the cell as written).
    func status(_ written: String, justification: String) -> String
}

extension SheetRecogniser {
    func status(_ written: String, justification: String) -> String { written }
}

/// Where the id, status and justification of each control stand in a table.
struct ControlColumns: Sendable, Equatable {
    var id: Int
    var status: Int
    var justification: Int?
    /// Whether the ids are clauses (`ISO 27001 clause`) rather than Annex A controls.
    var clauses: Bool
}

/// The recognisers, most specific first.
enum SheetRecognisers {
    static let all: [any SheetRecogniser] = [StatementOfApplicabilityRecogniser(), GapAssessmentRecogniser()]

    /// The columns of a header, given the status column a recogniser found: the id column is the
    /// first other column naming a control, clause or reference.
    static func columns(in header: [String], status: Int, justificationWords: [String]) -> ControlColumns? {
        let labels = header.map { $0.lowercased().trimmed }
        let idWords = ["annex", "clause", "control id", "control no", "control ref", "ref", "reference", "requirement id"]
        let id = labels.indices.first { index in
            index != status && (idWords.contains { labels[index].contains($0) } || ["id", "#", "control", "no", "no."].contains(labels[index]))
        }
        guard let id else { return nil }
        let justification = labels.indices.first { index in
            index != status && index != id && justificationWords.contains { labels[index].contains($0) }
        }
        return ControlColumns(id: id, status: status, justification: justification, clauses: labels[id].contains("clause"))
    }
}
