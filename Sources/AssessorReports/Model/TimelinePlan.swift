import AssessorEstimate

/// How long until the certificate at the stated team capacity, phase by phase.
public struct TimelinePlan: Codable, Sendable, Hashable {
    /// Full-time people on the project.
    public var fte: Double
    /// From the report to the certificate.
    public var months: EstimateRange
    public var phases: [Phase]

    public init(fte: Double, months: EstimateRange, phases: [Phase]) {
        self.fte = fte
        self.months = months
        self.phases = phases
    }

    /// One step on the way to the certificate.
    public struct Phase: Codable, Sendable, Hashable {
        /// Stable: `implementation` (close the gaps), `operation`, `stage1-to-stage2`, `decision`.
        public var id: String
        public var name: String
        /// Its length; low and high differ only where the usual span varies (Stage 1 to Stage 2).
        public var months: EstimateRange
        /// The month it ends in, at the likely lengths (1 is the month after the report).
        public var endMonth: Int
        public var assumption: String
        public var source: String
        /// `published`, `rule`, `cb-practice`, `derived` or `estimate`.
        public var status: String

        public init(
            id: String, name: String, months: EstimateRange, endMonth: Int, assumption: String, source: String, status: String
        ) {
            self.id = id
            self.name = name
            self.months = months
            self.endMonth = endMonth
            self.assumption = assumption
            self.source = source
            self.status = status
        }
    }
}
