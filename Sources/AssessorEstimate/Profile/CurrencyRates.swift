/// The money side of the profile in one currency.
public struct CurrencyRates: Codable, Sendable {
    public var auditorDayRate: SourcedRange
    /// The loaded cost of a day of the organisation's own staff.
    public var internalDayRate: SourcedRange
    public var consultantDayRate: SourcedRange
    /// One person on an implementer or internal auditor course.
    public var coursePrice: SourcedRange
    public var toolingPerYear: SourcedRange
    /// Once per 3-year cycle.
    public var certificateFee: FeeSchedule
    public var administrationFeePerYear: FeeSchedule

    enum CodingKeys: String, CodingKey {
        case auditorDayRate = "auditor_day_rate", internalDayRate = "internal_day_rate"
        case consultantDayRate = "consultant_day_rate", coursePrice = "course_price"
        case toolingPerYear = "tooling_per_year", certificateFee = "certificate_fee"
        case administrationFeePerYear = "administration_fee_per_year"
    }
}

/// A fee that depends on head count.
public struct FeeSchedule: Codable, Sendable {
    public struct Band: Codable, Sendable, HeadCountBand {
        public var upTo: Int?
        public var amount: Double

        enum CodingKeys: String, CodingKey { case upTo = "up_to", amount }
    }

    public var source: String
    public var status: SourceStatus
    public var bands: [Band]

    public var basis: Basis { Basis(source: source, status: status) }

    /// The fee for a head count (the last band when it is beyond them all).
    public func amount(headCount: Int) -> Double { (bands.band(for: headCount) ?? bands.last)?.amount ?? 0 }
}
