/// Numbers as the estimate prints them, the same in every locale.
public enum NumberText {
    /// Beyond this magnitude (or not finite) a number prints in Swift's own notation (`1e+20`).
    static let largest = 1e15

    /// `2`, `2.5`, `1.25`: at most two decimals, no trailing zeros.
    public static func short(_ value: Double) -> String {
        guard value.isFinite, abs(value) < largest else { return "\(value)" }
        let hundredths = Int(clamping: value * 100)
        let whole = String(abs(hundredths) / 100), fraction = abs(hundredths) % 100
        let sign = hundredths < 0 ? "-" : ""
        if fraction == 0 { return sign + whole }
        return sign + whole + "." + (fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction))
    }

    /// `12,500`: whole amounts with thousands separators.
    public static func grouped(_ amount: Double) -> String {
        guard amount.isFinite, abs(amount) < largest else { return "\(amount)" }
        let digits = String(Int(clamping: amount).magnitude)
        let groups = stride(from: digits.count, to: 0, by: -3).map { end -> Substring in
            let start = max(0, end - 3)
            return digits.dropFirst(start).prefix(end - start)
        }.reversed()
        return (amount.rounded() < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// `33%`.
    public static func percent(_ share: Double) -> String { "\(Int(clamping: share * 100))%" }
}
