/// One requirement in the gap analysis: what was answered, how it scores, and what to do.
public struct GapRow: Codable, Sendable, Hashable {
    /// The standard's module id (`iso42001`).
    public var standard: String
    /// The requirement id as the standard numbers it (`6.1.2`, `A.5.15`).
    public var requirement: String
    public var title: String
    /// The clause or Annex A theme it belongs to (`6`, `A.5`).
    public var section: String
    /// The answers in words (`partially in place`); several questions are joined with `; `.
    public var answer: String
    /// The interviewer's notes, joined with `; `.
    public var note: String
    /// 0 to 1; nil when not asked or not applicable.
    public var score: Double?
    /// The likely finding's severity; nil when there is no gap.
    public var severity: Severity?
    /// The scorer's finding in words; empty when there is none.
    public var finding: String
    public var recommendedAction: String
    /// Accepted evidence items supporting the requirement.
    public var evidenceCount: Int

    public init(
        standard: String, requirement: String, title: String, section: String, answer: String, note: String,
        score: Double?, severity: Severity?, finding: String, recommendedAction: String, evidenceCount: Int
    ) {
        self.standard = standard
        self.requirement = requirement
        self.title = title
        self.section = section
        self.answer = answer
        self.note = note
        self.score = score
        self.severity = severity
        self.finding = finding
        self.recommendedAction = recommendedAction
        self.evidenceCount = evidenceCount
    }
}
