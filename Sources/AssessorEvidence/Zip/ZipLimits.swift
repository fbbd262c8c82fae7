/// What an Office file (a zip container) may hold before it is refused as a zip bomb. ZIPFoundation
/// inflates whatever an entry's header claims, so these are enforced on the bytes really produced.
public struct ZipLimits: Sendable, Equatable {
    /// Entries in the archive (a Word document has about 20, a workbook a few dozen).
    public var maximumEntries: Int
    /// Uncompressed bytes read from the archive, all entries together.
    public var maximumTotalBytes: Int64
    /// Uncompressed bytes per compressed byte of one entry (real Office parts stay under about 50).
    public var maximumRatio: Int64
    /// The ratio is only judged past this many bytes of an entry, so tiny parts are never flagged.
    public var ratioThreshold: Int64

    public init(maximumEntries: Int = 10_000, maximumTotalBytes: Int64 = 1 << 30, maximumRatio: Int64 = 250,
                ratioThreshold: Int64 = 1 << 20) {
        self.maximumEntries = maximumEntries
        self.maximumTotalBytes = maximumTotalBytes
        self.maximumRatio = maximumRatio
        self.ratioThreshold = ratioThreshold
    }

    public static let standard = ZipLimits()
}
