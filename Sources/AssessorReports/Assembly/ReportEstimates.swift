import AssessorCore

/// The numbers the estimate works out: the verdict, readiness roll-ups, coverage, effort, cost,
/// timeline and the work per gap. The assembler copies them into the report as they are; every
/// field may be missing, and the report then says "not estimated".
public struct ReportEstimates: Sendable {
    public var verdict: ExecutiveSummary.Verdict?
    public var overallReadiness: Double?
    public var readiness: [StandardReadiness]
    public var coverage: ExecutiveSummary.Coverage?
    /// Person-days for all the gaps together.
    public var effort: EstimateRange?
    public var cost: CostEstimate?
    public var timeline: Timeline?
    /// Effort and target month for each gap, by requirement.
    public var work: [RequirementReference: PlannedWork]

    public init(
        verdict: ExecutiveSummary.Verdict? = nil, overallReadiness: Double? = nil, readiness: [StandardReadiness] = [],
        coverage: ExecutiveSummary.Coverage? = nil, effort: EstimateRange? = nil, cost: CostEstimate? = nil,
        timeline: Timeline? = nil, work: [RequirementReference: PlannedWork] = [:]
    ) {
        self.verdict = verdict
        self.overallReadiness = overallReadiness
        self.readiness = readiness
        self.coverage = coverage
        self.effort = effort
        self.cost = cost
        self.timeline = timeline
        self.work = work
    }

    /// No estimate at all.
    public static let none = ReportEstimates()

    /// The estimate for closing one gap.
    public struct PlannedWork: Sendable, Hashable {
        public var effortDays: Double
        /// 1 is the month after the report.
        public var targetMonth: Int

        public init(effortDays: Double, targetMonth: Int) {
            self.effortDays = effortDays
            self.targetMonth = targetMonth
        }
    }
}
