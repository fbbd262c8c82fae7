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

    /// The row covering `headCount` with its label (`86-125`, `>10700`), or nil beyond the last closed row.
    func labelledBand(for headCount: Int) -> (row: Element, label: String)? {
        guard let index = firstIndex(where: { $0.upTo.map { headCount <= $0 } ?? true }) else { return nil }
        let lower = index == 0 ? 1 : (self[index - 1].upTo ?? 0) + 1
        return (self[index], self[index].upTo.map { "\(lower)-\($0)" } ?? ">\(lower - 1)")
    }
}
