/// An amount under the three price profiles, in the estimate's currency.
public typealias Money = EstimateRange

extension EstimateRange {
    public static let zero = Money(low: 0, likely: 0, high: 0)

    /// The same amount under every profile.
    public init(_ amount: Double) { self.init(low: amount, likely: amount, high: amount) }

    /// A quantity priced at a range (`days × day rate`), rounded to whole units.
    public init(_ quantity: Double, at rate: SourcedRange) {
        self.init(EstimateRange(quantity), at: rate)
    }

    /// A quantity that is itself uncertain priced at a range: its low end at the low rate, its high end at the high rate.
    public init(_ quantity: EstimateRange, at rate: SourcedRange) {
        self.init(low: (quantity.low * rate.low).rounded(), likely: (quantity.likely * rate.likely).rounded(),
                  high: (quantity.high * rate.high).rounded())
    }

    public func scaled(_ factor: Double) -> Money {
        Money(low: (low * factor).rounded(), likely: (likely * factor).rounded(), high: (high * factor).rounded())
    }

    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(low: lhs.low + rhs.low, likely: lhs.likely + rhs.likely, high: lhs.high + rhs.high)
    }

    public static func sum(_ amounts: [Money]) -> Money { amounts.reduce(.zero, +) }
}
