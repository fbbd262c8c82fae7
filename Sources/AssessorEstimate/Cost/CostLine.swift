/// One line of the cost estimate: what it is, the amounts in the first year, up to the certificate and
/// over the whole certification cycle, and the assumption behind them.
public struct CostLine: Codable, Sendable, Hashable {
    /// Stable: `audits`, `travel`, `fees`, `internal-remediation`, `internal-audits-and-running`,
    /// `consultancy`, `training`, `tooling`.
    public var id: String
    public var item: String
    /// Closing the gaps and the initial certification audit (Stage 1 and Stage 2).
    public var toCertificate: Money
    /// Up to the certificate, then the two years of surveillance and the recertification audit.
    public var cycle: Money
    /// The part of ``toCertificate`` that falls in the first 12 months (see ``FirstYear``).
    public var firstYear: Money
    /// How the amount is computed, with its numbers.
    public var assumption: String
    public var basis: Basis

    init(id: String, item: String, toCertificate: Money, cycle: Money, firstYear: Double = 1, assumption: String, basis: Basis) {
        self.id = id
        self.item = item
        self.toCertificate = toCertificate
        self.cycle = cycle
        self.firstYear = toCertificate.scaled(firstYear)
        self.assumption = assumption
        self.basis = basis
    }
}
