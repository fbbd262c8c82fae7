/// One Annex A control in the Statement of Applicability.
public struct ApplicabilityRow: Codable, Sendable, Hashable {
    /// `iso27001` or `iso42001`.
    public var standard: String
    /// `A.5.1`.
    public var control: String
    public var title: String
    /// The Annex A theme (`A.5`).
    public var theme: String
    public var applicable: Bool
    /// Why the control is included or excluded.
    public var justification: String
    public var status: ImplementationStatus
    /// The accepted evidence (document titles with their revision).
    public var evidence: [String]

    public init(
        standard: String, control: String, title: String, theme: String, applicable: Bool, justification: String,
        status: ImplementationStatus, evidence: [String]
    ) {
        self.standard = standard
        self.control = control
        self.title = title
        self.theme = theme
        self.applicable = applicable
        self.justification = justification
        self.status = status
        self.evidence = evidence
    }
}

/// How far a control is implemented, from its score.
public enum ImplementationStatus: String, Codable, Sendable, CaseIterable {
    case implemented
    case largelyImplemented = "largely-implemented"
    case partiallyImplemented = "partially-implemented"
    case notImplemented = "not-implemented"
    /// Applicable, but no scored answer yet.
    case notAssessed = "not-assessed"
    case notApplicable = "not-applicable"

    /// The status a score means: 1 implemented, from 2/3 largely, from 1/3 partially, else not.
    public init(score: Double?, applicable: Bool) {
        guard applicable else { self = .notApplicable; return }
        guard let score else { self = .notAssessed; return }
        switch score {
        case (1 - 1e-9)...: self = .implemented
        case (2.0 / 3 - 1e-9)...: self = .largelyImplemented
        case (1.0 / 3 - 1e-9)...: self = .partiallyImplemented
        default: self = .notImplemented
        }
    }

    public var label: String {
        switch self {
        case .implemented: return "Implemented"
        case .largelyImplemented: return "Largely implemented"
        case .partiallyImplemented: return "Partially implemented"
        case .notImplemented: return "Not implemented"
        case .notAssessed: return "Not assessed"
        case .notApplicable: return "Not applicable"
        }
    }
}
