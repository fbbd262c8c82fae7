import Foundation
import AssessorEstimate

/// How numbers read in every human-facing format: `62%`, `24.5`, `EUR 24,000`, `18–33, most likely 24`.
public enum DisplayFormat {
    /// Shown where a value is missing.
    public static let missing = "—"

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

    /// A three-point estimate in a unit, to a tenth as the estimate gives it (`15.1–16 months, most
    /// likely 15.6`; `3 months` when the points agree).
    public static func range(_ range: EstimateRange, unit: String) -> String {
        if number(range.low) == number(range.high) { return "\(number(range.likely)) \(unit)" }
        return "\(number(range.low))–\(number(range.high)) \(unit), most likely \(number(range.likely))"
    }

    /// A money range (`USD 108,870–234,240, most likely USD 161,080`).
    public static func money(_ range: EstimateRange, _ currency: String) -> String {
        "\(money(range.low, currency))–\(grouped(Int(range.high.rounded()))), most likely \(money(range.likely, currency))"
    }

    /// Low to high without the currency (`108,870–234,240`).
    public static func span(_ range: EstimateRange) -> String {
        "\(grouped(Int(range.low.rounded())))–\(grouped(Int(range.high.rounded())))"
    }

    /// How far a source can be trusted, as the estimate prints it (`[CB-PRACTICE]`).
    public static func status(_ status: String) -> String { "[\(status.uppercased())]" }

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
