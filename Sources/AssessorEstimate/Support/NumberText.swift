/// Numbers as the estimate prints them, the same in every locale.
public enum NumberText {
    /// `2`, `2.5`, `1.25`: at most two decimals, no trailing zeros.
    public static func short(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = String(abs(hundredths) / 100), fraction = abs(hundredths) % 100
        let sign = hundredths < 0 ? "-" : ""
        if fraction == 0 { return sign + whole }
        return sign + whole + "." + (fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction))
    }

    /// `12,500`: whole amounts with thousands separators.
    public static func grouped(_ amount: Double) -> String {
        let digits = String(Int(amount.rounded()).magnitude)
        let groups = stride(from: digits.count, to: 0, by: -3).map { end -> Substring in
            let start = max(0, end - 3)
            return digits.dropFirst(start).prefix(end - start)
        }.reversed()
        return (amount.rounded() < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// `33%`.
    public static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
