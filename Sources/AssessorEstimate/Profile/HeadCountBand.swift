/// A row of a table keyed by head count: it covers every count up to `upTo` (and above the row
/// before); the last row may leave `upTo` open.
public protocol HeadCountBand {
    var upTo: Int? { get }
}

extension Array where Element: HeadCountBand {
    /// The row covering `headCount`, or nil when it is beyond the last closed row.
    public func band(for headCount: Int) -> Element? {
        first { $0.upTo.map { headCount <= $0 } ?? true }
    }
}
