/// One step of the action plan: a gap to close, in priority order.
public struct ActionRow: Codable, Sendable, Hashable {
    /// 1 is first: blockers, then major, minor, observations; the lowest score first within each.
    public var priority: Int
    public var standard: String
    public var requirement: String
    public var title: String
    public var severity: Severity
    public var action: String
    /// Person-days to close the gap; nil until estimated.
    public var effortDays: Double?
    /// Who would usually own the work (`Information security manager`).
    public var ownerRole: String
    /// The month (1 is the month after the report) the work should be done by; nil until planned.
    public var targetMonth: Int?

    public init(
        priority: Int, standard: String, requirement: String, title: String, severity: Severity, action: String,
        effortDays: Double?, ownerRole: String, targetMonth: Int?
    ) {
        self.priority = priority
        self.standard = standard
        self.requirement = requirement
        self.title = title
        self.severity = severity
        self.action = action
        self.effortDays = effortDays
        self.ownerRole = ownerRole
        self.targetMonth = targetMonth
    }
}
