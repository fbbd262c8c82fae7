/// IAF MD 11 on one audit visit: the standards audited together, their time audited separately, the
/// combined time after the reduction for the level of integration, and the reduction that results.
public struct AuditReduction: Codable, Sendable, Hashable {
    public var audit: CycleAudit
    /// Module ids of the standards audited together at this visit.
    public var standards: [String]
    /// The sum of their days audited separately (IAF MD 11 §2.2 b: T = A + B + C).
    public var separate: Double
    /// T reduced and rounded up to the rounding step, so that it is never cut by more than the reduction.
    public var integrated: Double
    /// 1 - integrated / separate: at most the reduction asked for, and never above 20 %.
    public var share: Double
    public var basis: Basis
}
