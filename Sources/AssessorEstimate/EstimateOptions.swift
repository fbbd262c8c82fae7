/// The choices of one estimate run.
public struct EstimateOptions: Sendable, Hashable {
    /// The team capacity the timeline is computed for, in full-time people.
    public static let fteRange: ClosedRange<Double> = 0.05...1_000
    /// The share of the remediation work bought from a consultant.
    public static let consultancyRange: ClosedRange<Double> = 0...1

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

    /// What is out of range in these options (NaN and infinities always are); empty when they can be used.
    public var problems: [EstimateOptionProblem] {
        var problems: [EstimateOptionProblem] = []
        if !Self.fteRange.contains(fte) { problems.append(.fte(fte)) }
        if let consultancyShare, !Self.consultancyRange.contains(consultancyShare) {
            problems.append(.consultancyShare(consultancyShare))
        }
        return problems
    }
}

/// An estimate option out of its range, with the value given; ``message`` says it without naming a flag.
public enum EstimateOptionProblem: Sendable, Hashable {
    case fte(Double)
    case consultancyShare(Double)

    public var message: String {
        switch self {
        case .fte(let value):
            return "the team capacity must be from \(NumberText.short(EstimateOptions.fteRange.lowerBound)) to "
                + "\(NumberText.grouped(EstimateOptions.fteRange.upperBound)) full-time people (it is \(NumberText.short(value))); "
                + "give the people on the project as full-time equivalents"
        case .consultancyShare(let value):
            return "the consultancy share must be from 0 to 1 (0 % to 100 %; it is \(NumberText.short(value))); "
                + "give the share of the remediation work bought from a consultant"
        }
    }
}

/// Why an estimate could not be made.
public struct EstimateError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
