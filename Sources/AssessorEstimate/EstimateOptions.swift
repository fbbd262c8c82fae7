/// The choices of one estimate run.
public struct EstimateOptions: Sendable, Hashable {
    /// An ISO 4217 code the cost profile has rates for.
    public var currency: String
    /// Full-time people on the project.
    public var fte: Double
    /// The share of the remediation work bought from a consultant; nil takes the profile's.
    public var consultancyShare: Double?

    public init(currency: String = "USD", fte: Double = 1, consultancyShare: Double? = nil) {
        self.currency = currency.uppercased()
        self.fte = fte
        self.consultancyShare = consultancyShare
    }
}

/// Why an estimate could not be made.
public struct EstimateError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
