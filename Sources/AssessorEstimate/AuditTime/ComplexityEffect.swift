/// The complexity factors applied to a standard's table value, from the scoping answers.
public struct ComplexityEffect: Codable, Sendable, Hashable {
    public var business: ComplexityLevel
    public var it: ComplexityLevel
    /// The change each level makes (-0.1: 10 % less).
    public var businessChange: Double
    public var itChange: Double
    public var basis: Basis

    init(_ factors: ComplexityFactors, scope: OrganisationScope) {
        business = scope.businessComplexity
        it = scope.itComplexity
        businessChange = factors.business[business]
        itChange = factors.it[it]
        basis = Basis(source: "\(factors.title) (\(factors.source))", status: factors.status)
    }

    /// Both changes together.
    public var change: Double { businessChange + itChange }
}
