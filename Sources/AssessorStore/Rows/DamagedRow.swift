/// A row of an assessment file that cannot be read: a value missing where one is required, of the
/// wrong type, or out of bounds (a date of year 10000). Names the table, the row and the column,
/// and what the user can do; the rest of the file stays readable.
public struct DamagedRow: Error, Sendable, Hashable, CustomStringConvertible {
    /// What can be done about it.
    public enum Remedy: Sendable, Hashable {
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
    public var remedy: Remedy

    public init(table: String, rowID: Int64?, column: String, problem: String, remedy: Remedy) {
        self.table = table
        self.rowID = rowID
        self.column = column
        self.problem = problem
        self.remedy = remedy
    }

    /// `row 3 of table evidence_item (column modified: a date of year 10000, outside 1000 to 9999)`.
    public var description: String {
        "row \(rowID.map(String.init) ?? "?") of table \(table) (column \(column): \(problem))"
    }

    /// What to do, in words.
    public var remedyText: String {
        switch remedy {
        case .removeEvidence(let id):
            "remove evidence item \(id) (its history is kept) and import its file again, or restore the file from a backup"
        case .restoreBackup:
            "restore the file from a backup; what does not read this table still works"
        }
    }
}
