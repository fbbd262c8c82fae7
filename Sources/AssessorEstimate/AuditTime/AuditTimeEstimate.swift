/// Auditor-days over the 3-year cycle for the standards in scope: each from its table, held certificates
/// by their cycle audits only, then, at each visit where two or more standards are audited together
/// (a certificate held outside the assessment included), the IAF MD 11 reduction for the level of
/// integration on the combined time (never more than 20 %), split back to the standards.
public struct AuditTimeEstimate: Codable, Sendable, Hashable {
    /// The assessment's standards, then certificates held outside it that share its audits.
    public var standards: [StandardAuditTime]
    /// Standards in scope with no audit-time table in the profile: not estimated.
    public var notEstimated: [String]
    /// The assessment's standards audited separately, audit by audit.
    public var separate: AuditCycle
    public var integration: IntegrationLevel
    /// The MD 11 reduction asked for, 0 to 0.2; each visit's own result is in ``reductions``.
    public var reduction: Double
    public var reductionBasis: Basis
    public var reductions: [AuditReduction]
    /// What the assessment's standards are audited for: their part of each visit after the reduction.
    public var cycle: AuditCycle
    /// The initial audit and the whole cycle with their low and high ends (audit-day uncertainty).
    public var initialDays: EstimateRange
    public var cycleDays: EstimateRange
    public var dayRangeBasis: Basis
    public var table: AuditDayTable
    /// Auditor-days the integrated audits save over the cycle.
    public var savedDays: Double
    public var assumptions: [Assumption]

    /// `standards` pairs module ids with their titles, in the assessment's order.
    public init(standards: [(id: String, title: String)], scope: OrganisationScope, settings: AuditTimeSettings) {
        let rules = settings.rules
        let ids = Set(standards.map(\.id))
        let inside = standards.compactMap {
            StandardAuditTime(standard: $0.id, title: $0.title, inAssessment: true, scope: scope, settings: settings)
        }
        let outside = scope.integration == .none ? [] : scope.certifications.filter { !ids.contains($0) }.compactMap { id in
            settings.standards[id].flatMap { basis in
                StandardAuditTime(standard: id, title: basis.title, inAssessment: false, scope: scope, settings: settings)
            }
        }
        let times = inside + outside
        self.standards = times
        notEstimated = standards.map(\.id).filter { id in !inside.contains { $0.standard == id } }
        integration = scope.integration
        let level = rules.integrationReduction[scope.integration]
        let together = CycleAudit.allCases.contains { audit in times.filter { $0.cycle.days(audit) > 0 }.count >= 2 }
        if together {
            reduction = min(level.value, rules.integrationCap.value, CostProfileValidator.integrationCeiling)
            reductionBasis = level.basis
        } else {
            reduction = 0
            reductionBasis = Basis(source: "IAF MD 11 applies only when two or more standards are audited together", status: .rule)
        }
        let integrated = IntegratedCycles(times: times, reduction: reduction, basis: Basis(
            source: "IAF MD 11:2019 §2.2 (T = A + B + C, reduced for integration, at most 20 %); "
                + "\(scope.integration.rawValue): \(reductionBasis.source)", status: reductionBasis.status), rules: rules)
        reductions = integrated.reductions
        separate = AuditCycle.sum(inside.map(\.cycle))
        cycle = AuditCycle.sum(inside.map { integrated.cycles[$0.standard] ?? $0.cycle })
        savedDays = separate.total - cycle.total
        let range = rules.dayRange
        func spread(_ days: Double) -> EstimateRange {
            EstimateRange(low: rules.round(days * range.low), likely: days, high: rules.round(days * range.high))
        }
        initialDays = spread(cycle.initial)
        cycleDays = spread(cycle.total)
        dayRangeBasis = range.basis
        table = AuditDayTable(times: times, integrated: integrated, separate: separate, cycle: cycle,
                              basis: integrated.reductions.first?.basis ?? reductionBasis)
        assumptions = []
        assumptions = AuditTimeAssumptions(scope: scope, settings: settings, estimate: self).list
    }
}
