import Foundation

/// The dates assessor accepts anywhere (documents' dates, answers, the store): years 1000 to 9999.
/// Outside them a date is a typo or an attack (`dcterms:modified` of year 10000), and SQLite's
/// text form of dates, `YYYY-MM-DD`, cannot hold it.
public enum DateBounds {
    /// The years accepted.
    public static let years = 1000...9999

    /// 1000-01-01T00:00:00Z and 10000-01-01T00:00:00Z, in seconds since 1970.
    private static let lowest: TimeInterval = -30_610_224_000
    private static let beyond: TimeInterval = 253_402_300_800

    /// Whether `date` falls in the years accepted (UTC).
    public static func contains(_ date: Date) -> Bool {
        let seconds = date.timeIntervalSince1970
        return seconds >= lowest && seconds < beyond
    }

    /// `date` when it is accepted, else nil.
    public static func checked(_ date: Date?) -> Date? {
        date.flatMap { contains($0) ? $0 : nil }
    }
}
