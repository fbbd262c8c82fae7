/// How long until the certification audit, and the milestones on the way.
public struct Timeline: Codable, Sendable, Hashable {
    /// Months from the report date to the Stage 2 audit.
    public var months: EstimateRange
    public var milestones: [Milestone]

    public init(months: EstimateRange, milestones: [Milestone]) {
        self.months = months
        self.milestones = milestones
    }

    /// A step in the plan, in the month it is due (1 is the month after the report).
    public struct Milestone: Codable, Sendable, Hashable {
        public var month: Int
        public var title: String

        public init(month: Int, title: String) {
            self.month = month
            self.title = title
        }
    }
}
