/// The audit time of one standard, audited on its own: the table value for the head count, the
/// adjustments, the sampled sites, and the audits of the 3-year cycle that follow. For a certificate
/// already held, the cycle holds its own cycle audits at the visits of the new certificate's cycle.
public struct StandardAuditTime: Codable, Sendable, Hashable {
    public var standard: String
    public var title: String
    /// False for a certificate held outside the assessment: it counts in a combined audit, not in the cost.
    public var inAssessment: Bool
    public var certificate: CertificateStatus
    /// The table used (`IAF MD 5 Table QMS 1`) and the head-count band it was read at (`86-125`).
    public var table: String
    public var band: String
    /// The head count the table was read at, and which one (`effective personnel`, `AI-related head count`).
    public var headCount: Int
    public var headCountBasis: String
    /// The AI role the table was read at (role tables only).
    public var role: AIRole?
    /// The initial audit days the table gives (Stage 1 + Stage 2), and where they come from.
    public var tableDays: Double
    public var tableBasis: Basis
    /// The profile's adjustment times the complexity factor (1 = the table value), never below 0.7.
    public var adjustment: Double
    public var complexity: ComplexityEffect?
    /// Sites sampled at the initial, surveillance and recertification audits (IAF MD 1).
    public var sampledSites: [SiteSample]
    /// Added to the initial audit for the sampled sites beyond the first.
    public var extraSiteDays: Double
    /// A held certificate's own audit at each visit (initial, surveillance 1, surveillance 2, recertification).
    public var ownAudits: [CycleAudit]?
    public var cycle: AuditCycle
    /// Set when the table is a proxy (ISO/IEC 42001 on the ISMS chart), saying why.
    public var proxy: String?
    public var basis: Basis

    /// Reads the table for `standard`; nil when the profile has no table for it.
    init?(standard: String, title: String, inAssessment: Bool, scope: OrganisationScope, settings: AuditTimeSettings) {
        guard let choice = settings.standards[standard], let reading = Self.read(choice, scope: scope, settings: settings) else {
            return nil
        }
        let rules = settings.rules
        self.standard = standard
        self.title = title
        self.inAssessment = inAssessment
        certificate = scope.certificate(of: standard)
        (table, band, tableDays, tableBasis) = (reading.table, reading.reading.band, reading.reading.days, reading.reading.basis)
        (headCount, headCountBasis, role) = (reading.headCount, reading.headCountBasis, reading.role)
        complexity = choice.complexityFactors.flatMap { settings.complexityFactors[$0] }.map { ComplexityEffect($0, scope: scope) }
        adjustment = max(1 - CostProfileValidator.reductionCeiling, choice.adjustment * (1 + (complexity?.change ?? 0)))
        sampledSites = SiteSample.samples(sites: scope.sites, sampling: rules.siteSampling)
        proxy = choice.proxy
        let visits = AuditVisits(base: tableDays * adjustment, samples: sampledSites, rules: rules)
        extraSiteDays = visits.extraSiteDays(.initial)
        if let next = certificate.nextAudit {
            var own: [CycleAudit] = [], audit = next
            for _ in CycleAudit.allCases {
                own.append(audit)
                audit = audit.following
            }
            ownAudits = own
            cycle = AuditCycle(stage1: 0, stage2: visits.days(own[0]), surveillance1: visits.days(own[1]),
                               surveillance2: visits.days(own[2]), recertification: visits.days(own[3]))
        } else {
            let initial = visits.days(.initial), stage1 = rules.round(initial * rules.stage1Share.value)
            cycle = AuditCycle(stage1: stage1, stage2: initial - stage1, surveillance1: visits.days(.surveillance1),
                               surveillance2: visits.days(.surveillance2), recertification: visits.days(.recertification))
        }
        // The table value keeps its own status unless a proxy, an adjustment or sampled sites change it.
        var status = tableBasis.status
        if proxy != nil { status = status.weaker(choice.status) }
        if choice.adjustment != 1 { status = status.weaker(.estimate) }
        if let complexity, complexity.change != 0 { status = status.weaker(complexity.basis.status) }
        if extraSiteDays > 0 { status = status.weaker(rules.extraDaysPerSampledSite.status) }
        basis = Basis(source: tableBasis.source + (proxy == nil ? "" : " (proxy)"), status: status)
    }

    private static func read(
        _ choice: StandardAuditBasis, scope: OrganisationScope, settings: AuditTimeSettings
    ) -> (table: String, reading: TableReading, headCount: Int, headCountBasis: String, role: AIRole?)? {
        if let key = choice.roleTable {
            let role = scope.aiRole ?? .producer
            guard let table = settings.roleTables[key], let reading = table.initialDays(
                headCount: scope.aiHeadcount, role: role, tables: settings.tables, rules: settings.rules) else { return nil }
            return (table.title, reading, scope.aiHeadcount, "AI-related head count", role)
        }
        guard let key = choice.table, let table = settings.tables[key] else { return nil }
        return (table.title, table.initialDays(headCount: scope.effectivePersonnel), scope.effectivePersonnel, "effective personnel", nil)
    }
}
