import AssessorCore
import Foundation
import GRDB

/// One row of an assessment table, read with checks instead of traps: every column goes through
/// GRDB's throwing `decode` (its subscripts stop the process on a NULL or a value of the wrong
/// type), dates must fall within ``DateBounds``, and a value that does not fit becomes a
/// ``DamagedRow`` naming the table, the row and the column. Queries select `rowid AS row_id, *`.
struct StoredRow {
    /// The select list every query of a table read through this type uses.
    static let columns = "rowid AS row_id, *"

    let table: String
    let row: Row
    /// What to tell the user when a value cannot be read.
    var recovery: DamagedRow.Recovery = .restoreBackup

    init(_ row: Row, table: String) {
        self.row = row
        self.table = table
    }

    /// The rowid, when it can be read.
    var rowID: Int64? { (try? row.decode(Int64?.self, forColumn: "row_id")) ?? nil }

    /// The value of a column; NULL only where `T` is optional.
    func value<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws(DamagedRow) -> T {
        do {
            return try row.decode(T.self, forColumn: column)
        } catch {
            throw damaged(column, row.hasNull(column) ? "no value where one is required" : "\(describe(column)) is not \(T.self)")
        }
    }

    /// The text of a column that must be one of `values`' raw values.
    func value<T: RawRepresentable>(_ column: String, of type: T.Type) throws(DamagedRow) -> T where T.RawValue == String {
        let text: String = try value(column)
        guard let value = T(rawValue: text) else { throw damaged(column, "'\(text.prefix(40))' is not a known value") }
        return value
    }

    /// A date within ``DateBounds``.
    func date(_ column: String) throws(DamagedRow) -> Date {
        guard let date = try optionalDate(column) else { throw damaged(column, "no value where one is required") }
        return date
    }

    /// A date within ``DateBounds``, or nil for NULL.
    func optionalDate(_ column: String) throws(DamagedRow) -> Date? {
        guard !row.hasNull(column) else { return nil }
        guard let date = try? row.decode(Date.self, forColumn: column) else {
            throw damaged(column, "\(describe(column)) is not a date")
        }
        guard DateBounds.contains(date) else {
            throw damaged(column, "\(describe(column)) is outside the years \(DateBounds.years.lowerBound) to \(DateBounds.years.upperBound)")
        }
        return date
    }

    /// The error for a column of this row.
    func damaged(_ column: String, _ problem: String) -> DamagedRow {
        DamagedRow(table: table, rowID: rowID, column: column, problem: problem, recovery: recovery)
    }

    /// A short, printable form of the stored value.
    private func describe(_ column: String) -> String {
        guard let value = try? row.decode(DatabaseValue.self, forColumn: column) else { return "the value" }
        let text = "\(value)"
        return "the value " + TerminalSafe.escaped(text.count > 40 ? text.prefix(40) + "..." : text)
    }
}

extension Row {
    /// Whether the column holds NULL (or is missing).
    func hasNull(_ column: String) -> Bool {
        ((try? decode(DatabaseValue.self, forColumn: column)) ?? .null).isNull
    }
}
