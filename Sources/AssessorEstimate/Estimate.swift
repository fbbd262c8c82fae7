/// Everything `assessor estimate` computes for an assessment: effort, audit days, cost and
/// timeline, with the checks against public claims and every assumption.
public struct Estimate: Codable, Sendable {
    public var profile: String
    public var scope: OrganisationScope
    public var standards: [String]
    public var currency: String
    public var verdict: ReadinessVerdict
    public var overall: Double?
    public var coverage: Coverage
    public var effort: EffortEstimate
    public var auditTime: AuditTimeEstimate
    public var cost: CostEstimate
    public var timeline: Timeline
    public var checks: [ClaimCheck]
    /// Every assumption, in the order of the sections they belong to.
    public var assumptions: [Assumption]
    /// What the reader must keep in mind (low coverage, defaults for unanswered scoping questions).
    public var caveats: [String]
}
