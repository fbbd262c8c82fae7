import AssessorCore
import Foundation
import GRDB

/// Dates on their way into the file: a date the file must hold (when an answer was given, when a
/// file was imported) outside ``DateBounds`` refuses the write, since it could not be read back.
enum StoredDate {
    static func checked(_ date: Date) throws -> Date {
        guard DateBounds.contains(date) else {
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "the date \(date) is outside the years "
                                + "\(DateBounds.years.lowerBound) to \(DateBounds.years.upperBound); check the system clock")
        }
        return date
    }
}
