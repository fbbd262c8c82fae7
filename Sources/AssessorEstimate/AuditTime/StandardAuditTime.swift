/// The audit time of one standard, audited on its own: the table value for the head count, the
/// adjustments, and the 3-year cycle that follows from it.
public struct StandardAuditTime: Codable, Sendable, Hashable {
    public var standard: String
    public var title: String
    /// The table used (`IAF MD 5 Table QMS 1`) and the head-count band it was read at (`86-125`).
    public var table: String
    public var band: String
    /// The initial audit days the table gives (Stage 1 + Stage 2).
    public var tableDays: Double
    /// The complexity adjustment applied (1 = the table value).
    public var adjustment: Double
    /// Added for the sampled sites beyond the first (IAF MD 1).
    public var extraSiteDays: Double
    public var cycle: AuditCycle
    /// Set when the table is a proxy (ISO/IEC 42001 on the ISMS chart), saying why.
    public var proxy: String?
    public var basis: Basis

    /// Reads the table for `standard`; nil when the profile has no table for it.
    init?(standard: String, title: String, scope: OrganisationScope, settings: AuditTimeSettings) {
        guard let choice = settings.standards[standard], let table = settings.tables[choice.table] else { return nil }
        let rules = settings.rules
        let read = table.initialDays(headCount: scope.employees)
        let sampledSites = Int(Double(scope.sites).squareRoot().rounded(.up))
        extraSiteDays = Double(max(0, sampledSites - 1)) * rules.extraDaysPerSampledSite.value
        let initial = rules.round(read.days * choice.adjustment + extraSiteDays)
        self.standard = standard
        self.title = title
        self.table = table.title
        self.band = read.band
        tableDays = read.days
        adjustment = choice.adjustment
        cycle = AuditCycle(initialDays: initial, rules: rules)
        proxy = choice.proxy
        // The table value keeps its own status unless a proxy, an adjustment or sampled sites change it.
        var status = read.basis.status
        if proxy != nil { status = status.weaker(choice.status) }
        if adjustment != 1 { status = status.weaker(.estimate) }
        if extraSiteDays > 0 { status = status.weaker(rules.extraDaysPerSampledSite.status) }
        basis = Basis(source: read.basis.source + (proxy == nil ? "" : " (proxy)"), status: status)
    }
}
