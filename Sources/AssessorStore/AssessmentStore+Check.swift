import GRDB

import AssessorCore

/// What `check` found wrong in an assessment file: a line of SQLite's integrity check, or a row
/// that cannot be read (with what to do about it).
public enum StoreProblem: Sendable, Hashable {
    case integrity(String)
    case damaged(DamagedRow)

    /// What is wrong: `integrity check: row 163 missing from index ...`, `row 3 of table ... cannot be read`.
    public var summary: String {
        switch self {
        case .integrity(let line): "integrity check: \(line)"
        case .damaged(let row): "\(row) cannot be read"
        }
    }

    /// What to do about it, in the assessment at `file`.
    public func remedy(file: String) -> Remedy {
        switch self {
        case .integrity: .restoreBackup
        case .damaged(let row): row.remedy(file: file)
        }
    }
}

extension AssessmentStore {
    /// Runs SQLite's `integrity_check` and decodes every row of every table (the rows of removed
    /// evidence items aside) as the commands read them. Returns every problem, in table order; an
    /// empty list when the file is sound. Nothing is written.
    public func check() throws(StoreError) -> [StoreProblem] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").flatMap { $0.split(separator: "\n") }
                .map { TerminalSafe.escaped(String($0)) }.filter { $0 != "ok" && !$0.hasPrefix("*** in database") }
                .map(StoreProblem.integrity)
            var damaged = try ProfileRecord.problems(db)
            for table in Self.checkedTables {
                for row in try Row.fetchAll(db, sql: "SELECT \(StoredRow.columns) FROM \(table.name) \(table.filter)") {
                    damaged += RowCheck.problems { () throws(DamagedRow) in try table.decode(row) }
                }
            }
            var seen = Set<DamagedRow>()
            return integrity + damaged.filter { seen.insert($0).inserted }.map(StoreProblem.damaged)
        }
    }

    /// Each table with the rows the commands read and how they decode one.
    private static let checkedTables: [(name: String, filter: String, decode: @Sendable (Row) throws(DamagedRow) -> Void)] = [
        ("module_version", "", { row throws(DamagedRow) in
            let stored = StoredRow(row, table: "module_version")
            _ = try stored.value("module", as: String.self)
            _ = try stored.value("version", as: String.self)
        }),
        ("answer", "", { row throws(DamagedRow) in _ = try AnswerRecord.answer(StoredRow(row, table: "answer")) }),
        ("answer_history", "ORDER BY id", { row throws(DamagedRow) in
            _ = try HistoryRecord.change(StoredRow(row, table: "answer_history"))
        }),
        ("evidence_item", "e WHERE \(EvidenceRecord.notRemoved) ORDER BY id", { row throws(DamagedRow) in
            _ = try EvidenceRecord.item(EvidenceRecord.stored(row), text: true)
        }),
        ("evidence_match", "WHERE evidence NOT IN (SELECT evidence FROM evidence_removal)", { row throws(DamagedRow) in
            _ = try EvidenceRecord.match(EvidenceRecord.stored(row, table: "evidence_match", idColumn: "evidence"))
        }),
        ("evidence_suggestion", "WHERE evidence NOT IN (SELECT evidence FROM evidence_removal)", { row throws(DamagedRow) in
            _ = try SuggestionRecord.suggestion(EvidenceRecord.stored(row, table: "evidence_suggestion", idColumn: "evidence"))
        }),
        ("evidence_removal", "", { row throws(DamagedRow) in
            let stored = StoredRow(row, table: "evidence_removal")
            _ = try stored.date("removed_at")
            _ = try stored.value("removed_by", as: String.self)
        }),
    ]
}
