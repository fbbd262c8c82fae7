import AssessorScoringContract

/// One requirement as scored: its score, why it is left out if it is, and the likely finding.
public struct RequirementResult: Codable, Sendable, Hashable {
    /// Whether the requirement counts in the readiness denominator.
    public enum Status: String, Codable, Sendable {
        /// Scored (met or not).
        case scored
        /// Every scored answer is "not applicable" with a justification: left out.
        case notApplicable = "not-applicable"
        /// Skip logic asked none of its scored questions: left out, not a gap.
        case notAsked = "not-asked"
    }

    /// The standard's module id (`iso42001`).
    public var standard: String
    public var id: String
    public var title: String
    /// `clause` or `control`.
    public var kind: String
    /// The clause (`9`) or Annex A theme (`A.5`) it belongs to.
    public var section: String
    public var weight: Double
    /// `document`, `process`, `technical` or `training`.
    public var work: String
    public var documentedInformation: Bool
    /// 0 to 1; nil when left out (see ``status``).
    public var score: Double?
    public var status: Status
    public var finding: ScoringResponse.Finding?
    /// Its scored questions that skip logic let through, and how many of them are answered.
    public var questionsAsked: Int
    public var questionsAnswered: Int
    public var acceptedEvidence: Int
    /// Its asked scored questions that a shared module defines (the harmonized structure): asked
    /// once, they count for every standard in scope, and the work behind them is done once.
    public var sharedQuestions: [String]
}

/// A likely audit finding, for the lists of blockers and nonconformities.
public struct RequirementFinding: Codable, Sendable, Hashable {
    public var standard: String
    public var requirement: String
    public var title: String
    public var severity: ScoringResponse.Finding.Severity
    public var summary: String

    public init(_ result: RequirementResult, _ finding: ScoringResponse.Finding) {
        standard = result.standard
        requirement = result.id
        title = result.title
        severity = finding.severity
        summary = finding.summary
    }
}
