/// An estimate as three points: what it comes to if things go well, most likely, and if they do not.
/// Money under the low, likely and high price profiles (``Money``); months under the short, usual
/// and long span.
public struct EstimateRange: Codable, Sendable, Hashable {
    public var low: Double
    public var likely: Double
    public var high: Double

    public init(low: Double, likely: Double, high: Double) {
        self.low = low
        self.likely = likely
        self.high = high
    }
}
