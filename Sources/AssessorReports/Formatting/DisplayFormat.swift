import Foundation

/// How numbers read in every human-facing format: `62%`, `24.5`, `EUR 24,000`, `18–33 (likely 24)`.
public enum DisplayFormat {
    /// Shown where a value is missing.
    public static let missing = "—"
    /// Shown where the estimate has not been made.
    public static let notEstimated = "not estimated"

    /// A fraction as a whole percentage (`0.623` is `62%`).
    public static func percent(_ fraction: Double?) -> String {
        guard let fraction else { return missing }
        return "\(Int((fraction * 100).rounded()))%"
    }

    /// A fraction as a whole number from 0 to 100, for bar lengths.
    static func percentage(_ fraction: Double?) -> Int {
        max(0, min(100, Int(((fraction ?? 0) * 100).rounded())))
    }

    /// At most one decimal, none when whole (`12`, `12.5`).
    public static func number(_ value: Double?) -> String {
        guard let value else { return missing }
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? grouped(Int(tenths)) : String(format: "%.1f", tenths)
    }

    /// Whole money with thousands separators (`EUR 24,000`).
    public static func money(_ amount: Double, _ currency: String) -> String {
        "\(currency) \(grouped(Int(amount.rounded())))"
    }

    /// A three-point estimate in a unit (`18–33 person-days, most likely 24`).
    /// Whole numbers from 10 up: an estimate is not that precise.
    public static func range(_ range: EstimateRange?, unit: String) -> String {
        guard let range else { return notEstimated }
        func rounded(_ value: Double) -> String { number(value >= 10 ? value.rounded() : value) }
        return "\(rounded(range.low))–\(rounded(range.high)) \(unit), most likely \(rounded(range.likely))"
    }

    /// A money range (`EUR 18,000–33,000, most likely EUR 24,000`).
    public static func money(_ range: MoneyRange?) -> String {
        guard let range else { return notEstimated }
        return "\(money(range.low, range.currency))–\(grouped(Int(range.high.rounded()))), "
            + "most likely \(money(range.likely, range.currency))"
    }

    /// `Month 3`.
    public static func month(_ month: Int?) -> String {
        month.map { "Month \($0)" } ?? missing
    }

    private static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
