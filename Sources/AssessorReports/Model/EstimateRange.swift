/// An estimate as three points: what it takes if things go well, most likely, and if they do not.
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

/// A range of money in one currency.
public struct MoneyRange: Codable, Sendable, Hashable {
    /// ISO 4217 code (`EUR`).
    public var currency: String
    public var low: Double
    public var likely: Double
    public var high: Double

    public init(currency: String, low: Double, likely: Double, high: Double) {
        self.currency = currency
        self.low = low
        self.likely = likely
        self.high = high
    }
}
