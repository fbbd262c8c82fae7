/// How far the organisation's management systems are integrated, as answered in scoping
/// (`scope.integration`): it sets the IAF MD 11 reduction of an integrated audit.
public enum IntegrationLevel: String, Codable, Sendable, CaseIterable {
    /// Separate systems, or only one.
    case none
    /// Some shared processes or documents.
    case partial
    /// Shared policy, internal audits, management review and improvement.
    case full
}
