/// The range each kind of number in a cost profile must fall in. The bounds are wide enough for any
/// real quote and narrow enough that no figure computed from them overflows or loses its meaning.
enum ProfileLimits {
    /// A day rate, fee, course price or yearly tooling cost, in any currency.
    static let money: ClosedRange<Double> = 0...10_000_000
    /// Auditor-days in a table row or added per band, site or level.
    static let tableDays: ClosedRange<Double> = 0...1_000
    /// A head count bounding a row (`up_to`).
    static let headCount: ClosedRange<Double> = 1...10_000_000
    /// How much wider each band beyond a table's last row is.
    static let growth: ClosedRange<Double> = 1.01...10
    /// A share of something (0.33: a third).
    static let share: ClosedRange<Double> = 0...1
    /// The rounding step of audit days.
    static let rounding: ClosedRange<Double> = 0.1...1
    /// A planning adjustment on a table value; below 0.7 IAF MD 5's 30 % cap on reductions is broken.
    static let adjustment: ClosedRange<Double> = 0.7...3
    /// A complexity factor's change to the table value (-0.1: 10 % less).
    static let complexityChange: ClosedRange<Double> = -0.3...1
    /// A role factor of a derived AIMS rule.
    static let roleFactor: ClosedRange<Double> = 0.1...5
    /// The low end of the audit days (IAF MD 5: at most 30 % below) and the high end.
    static let dayRangeLow: ClosedRange<Double> = 0.7...1
    static let dayRangeHigh: ClosedRange<Double> = 1...3
    /// Person-days per gap, running the system per year, staff days per auditor-day.
    static let personDays: ClosedRange<Double> = 0...10_000
    /// A size factor on effort.
    static let sizeFactor: ClosedRange<Double> = 0.01...100
    /// Courses per standard.
    static let courses: ClosedRange<Double> = 0...1_000
    /// Productive days in a month of one full-time person.
    static let daysPerMonth: ClosedRange<Double> = 1...31
    /// Months or weeks of a step on the way to a certificate.
    static let months: ClosedRange<Double> = 0...60
    static let weeks: ClosedRange<Double> = 0...260
    /// A quoted range of money, months or shares.
    static let claim: ClosedRange<Double> = 0...1_000_000_000

    /// `0 to 10,000,000`, `-0.3 to 1`.
    static func describe(_ range: ClosedRange<Double>) -> String {
        "\(text(range.lowerBound)) to \(text(range.upperBound))"
    }

    static func text(_ value: Double) -> String {
        abs(value) >= 1_000 && value == value.rounded() ? NumberText.grouped(value) : NumberText.short(value)
    }
}
