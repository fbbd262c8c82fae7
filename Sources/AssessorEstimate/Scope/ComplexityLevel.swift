/// How complex the organisation's business or IT environment is, as answered in scoping
/// (`scope.business_complexity`, `scope.it_complexity`): it sets an ISMS audit-time factor.
public enum ComplexityLevel: String, Codable, Sendable, CaseIterable {
    case low
    case medium
    case high
}
