/// Auditor-days over the 3-year cycle for the standards in scope: each from its table, then, when
/// two or more are audited together, the IAF MD 11 reduction for the level of integration
/// (never more than 20 %, and none for a single standard).
public struct AuditTimeEstimate: Codable, Sendable, Hashable {
    public var standards: [StandardAuditTime]
    /// Standards in scope with no audit-time table in the profile: not estimated.
    public var notEstimated: [String]
    /// The standards audited separately, audit by audit.
    public var separate: AuditCycle
    public var integration: IntegrationLevel
    /// The MD 11 reduction applied, 0 to 0.2.
    public var reduction: Double
    public var reductionBasis: Basis
    /// What is audited: the separate cycle, shortened by the reduction when integrated.
    public var cycle: AuditCycle
    /// Auditor-days the integrated audit saves over the cycle.
    public var savedDays: Double
    public var assumptions: [Assumption]

    /// `standards` pairs module ids with their titles, in the assessment's order.
    public init(standards: [(id: String, title: String)], scope: OrganisationScope, settings: AuditTimeSettings) {
        let rules = settings.rules
        let times = standards.compactMap { StandardAuditTime(standard: $0.id, title: $0.title, scope: scope, settings: settings) }
        self.standards = times
        notEstimated = standards.map(\.id).filter { id in !times.contains { $0.standard == id } }
        separate = AuditCycle.sum(times.map(\.cycle))
        integration = scope.integration
        let level = rules.integrationReduction[scope.integration]
        if times.count >= 2 {
            reduction = min(level.value, rules.integrationCap.value, CostProfileValidator.integrationCeiling)
            reductionBasis = level.basis
        } else {
            reduction = 0
            reductionBasis = Basis(source: "IAF MD 11 applies only when two or more standards are audited together",
                                   status: .rule)
        }
        cycle = reduction > 0 ? separate.reduced(by: reduction, rules: rules) : separate
        savedDays = separate.total - cycle.total
        assumptions = Self.assumptions(times: times, scope: scope, settings: settings, reduction: reduction,
                                       notEstimated: notEstimated)
    }

    private static func assumptions(
        times: [StandardAuditTime], scope: OrganisationScope, settings: AuditTimeSettings, reduction: Double,
        notEstimated: [String]
    ) -> [Assumption] {
        let rules = settings.rules
        var list = times.map { time in
            Assumption(topic: "audit time", text: "\(time.title): \(NumberText.short(time.tableDays)) initial auditor-days for "
                       + "\(scope.employees) people (\(time.table), band \(time.band))"
                       + (time.adjustment == 1 ? "" : ", adjusted ×\(NumberText.short(time.adjustment))")
                       + "." + (time.proxy.map { " \($0)" } ?? ""), basis: time.basis)
        }
        if times.contains(where: { $0.proxy != nil }), scope.aiSystems != nil || !scope.aiRoles.isEmpty {
            let systems = scope.aiSystems.map { "\($0) AI systems" } ?? "the AI systems"
            let roles = scope.aiRoles.isEmpty ? "" : " or the roles (\(scope.aiRoles.joined(separator: ", ")))"
            list.append(Assumption(topic: "audit time", text: "The proxy is not adjusted for \(systems) in scope\(roles); "
                                   + "a certification body may add time for them.",
                                   basis: Basis(source: "no published AIMS audit-time rule", status: .estimate)))
        }
        list.append(Assumption(
            topic: "audit time", text: "Stage 1 is \(NumberText.percent(rules.stage1Share.value)) of the initial audit; each "
                + "surveillance \(NumberText.percent(rules.surveillanceShare.value)), recertification \(NumberText.percent(rules.recertificationShare.value)); "
                + "rounded to \(NumberText.short(rules.rounding.value)) day, at least \(NumberText.short(rules.minimumDays.value)) day.",
            basis: rules.surveillanceShare.basis))
        if times.count >= 2 {
            list.append(Assumption(
                topic: "audit time", text: "Integrated audit (IAF MD 11), integration '\(scope.integration.rawValue)': "
                    + "\(NumberText.percent(reduction)) shorter, applied after the table values; the cap is \(NumberText.percent(rules.integrationCap.value)).",
                basis: rules.integrationReduction[scope.integration].basis))
        }
        if scope.sites > 1 {
            list.append(Assumption(
                topic: "audit time", text: "\(scope.sites) sites: about √\(scope.sites) are sampled, "
                    + "\(NumberText.short(rules.extraDaysPerSampledSite.value)) extra day each beyond the first.",
                basis: rules.extraDaysPerSampledSite.basis))
        }
        for id in notEstimated {
            list.append(Assumption(topic: "audit time", text: "\(id): the cost profile has no audit-time table for it; "
                                   + "its audits are not estimated.", basis: Basis(source: "cost profile", status: .estimate)))
        }
        return list
    }
}
