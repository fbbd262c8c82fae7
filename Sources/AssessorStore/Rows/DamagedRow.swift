import AssessorCore

/// A row of an assessment file that cannot be read: a value missing where one is required, of the
/// wrong type, or out of bounds (a date of year 10000). Names the table, the row and the column,
/// and what the user can do; the rest of the file stays readable.
public struct DamagedRow: Error, Sendable, Hashable, CustomStringConvertible {
    /// How the row can be set aside.
    public enum Recovery: Sendable, Hashable {
        /// The row belongs to this evidence item: removing the item (its history is kept) sets it aside.
        case removeEvidence(Int64)
        /// Nothing short of an earlier copy of the file restores it.
        case restoreBackup
    }

    /// The table (`evidence_item`).
    public var table: String
    /// SQLite's rowid of the row (the `id` where the table has one), when it can be read.
    public var rowID: Int64?
    /// The column that cannot be read.
    public var column: String
    /// What is wrong with its value.
    public var problem: String
    public var recovery: Recovery

    public init(table: String, rowID: Int64?, column: String, problem: String, recovery: Recovery) {
        self.table = table
        self.rowID = rowID
        self.column = column
        self.problem = problem
        self.recovery = recovery
    }

    /// `row 3 of table evidence_item (column modified: ...)`.
    public var description: String {
        "row \(rowID.map(String.init) ?? "?") of table \(table) (column \(column): \(problem))"
    }

    /// What to do about it, for the assessment at `file`.
    public func remedy(file: String) -> Remedy {
        switch recovery {
        case .removeEvidence(let id): .removeEvidence(file: file, id: id)
        case .restoreBackup: .restoreBackup
        }
    }
}
