/// One number of the cost profile with its source.
public struct SourcedValue: Codable, Sendable, Hashable {
    public var value: Double
    public var source: String
    public var status: SourceStatus

    public init(_ value: Double, source: String, status: SourceStatus) {
        self.value = value
        self.source = source
        self.status = status
    }

    public var basis: Basis { Basis(source: source, status: status) }
}

/// A low / likely / high range of the cost profile (money, or weeks) with its source.
public struct SourcedRange: Codable, Sendable, Hashable {
    public var low: Double
    public var likely: Double
    public var high: Double
    public var source: String
    public var status: SourceStatus

    public init(low: Double, likely: Double, high: Double, source: String, status: SourceStatus) {
        self.low = low
        self.likely = likely
        self.high = high
        self.source = source
        self.status = status
    }

    public var basis: Basis { Basis(source: source, status: status) }

    /// The value under a price profile.
    public subscript(_ profile: PriceProfile) -> Double {
        switch profile {
        case .low: return low
        case .likely: return likely
        case .high: return high
        }
    }
}

/// A range quoted in public claims (low to high), which the estimate is checked against.
public struct ClaimRange: Codable, Sendable, Hashable {
    public var low: Double
    public var high: Double
    public var source: String
    public var status: SourceStatus

    public func contains(_ value: Double) -> Bool { value >= low - 1e-9 && value <= high + 1e-9 }
}

/// The three price profiles every cost is computed under.
public enum PriceProfile: String, Codable, Sendable, CaseIterable {
    case low
    case likely
    case high
}
