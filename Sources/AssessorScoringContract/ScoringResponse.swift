/// A scorer's verdict on each requirement. The host rolls the scores up per clause, theme,
/// standard and overall, and derives the readiness verdict from the findings.
public struct ScoringResponse: Codable, Sendable {
    public var schemaVersion: Int
    /// Set instead of `requirements` when the scorer could not score the request.
    public var error: String?
    public var requirements: [RequirementScore]

    public init(requirements: [RequirementScore]) {
        self.schemaVersion = ScoringContract.schemaVersion
        self.error = nil
        self.requirements = requirements
    }

    public init(error: String) {
        self.schemaVersion = ScoringContract.schemaVersion
        self.error = error
        self.requirements = []
    }

    public struct RequirementScore: Codable, Sendable, Hashable {
        public var standard: String
        public var id: String
        /// 0 to 1; nil when the requirement is left out (not asked, or not applicable with a justification).
        public var score: Double?
        public var finding: Finding?

        public init(standard: String, id: String, score: Double?, finding: Finding?) {
            self.standard = standard
            self.id = id
            self.score = score
            self.finding = finding
        }
    }

    /// What an auditor would likely raise.
    public struct Finding: Codable, Sendable, Hashable {
        public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
            /// Stops a Stage 1 audit (mandatory documented information missing).
            case blocker
            /// A likely major nonconformity.
            case major
            /// A likely minor nonconformity.
            case minor
            /// Worth improving, not a nonconformity.
            case observation

            public static func < (lhs: Self, rhs: Self) -> Bool {
                allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
            }
        }

        public var severity: Severity
        public var summary: String

        public init(severity: Severity, summary: String) {
            self.severity = severity
            self.summary = summary
        }
    }
}
