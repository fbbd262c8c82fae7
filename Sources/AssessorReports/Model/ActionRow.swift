/// One step of the action plan: a gap to close, in priority order.
public struct ActionRow: Codable, Sendable, Hashable {
    /// 1 is first: blockers, then major, minor, observations; the lowest score first within each.
    public var priority: Int
    public var standard: String
    public var requirement: String
    public var title: String
    public var severity: Severity
    public var action: String
    /// Person-days to close the gap, from the estimate; nil when the estimate puts no work on it
    /// (a scorer may flag a requirement it scores as met).
    public var effortDays: Double?
    /// Who would usually own the work (`Information security manager`).
    public var ownerRole: String
    /// The month (1 is the month after the report) the work should be done by: the gaps in priority
    /// order, spread over the estimate's "close the gaps" phase; nil when it has no effort.
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
