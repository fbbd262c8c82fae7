/// Months from start to certificate at a stated team capacity: closing the gaps, running the
/// system through an internal audit and a management review, Stage 1 to Stage 2, and the decision.
public struct Timeline: Codable, Sendable, Hashable {
    /// One step on the way to the certificate.
    public struct Phase: Codable, Sendable, Hashable {
        /// Stable: `implementation`, `operation`, `stage1-to-stage2`, `decision`.
        public var id: String
        public var name: String
        public var months: Double
        /// For the Stage 1 to Stage 2 gap, the usual span; equal to `months` otherwise.
        public var lowMonths: Double
        public var highMonths: Double
        public var assumption: String
        public var basis: Basis
    }

    static let weeksPerMonth = 52.0 / 12

    /// Full-time people on the project.
    public var fte: Double
    public var phases: [Phase]
    public var months: Double
    public var lowMonths: Double
    public var highMonths: Double

    /// `inHouseDays` are the person-days the organisation's own team works (consultants work alongside).
    public init(inHouseDays: Double, fte: Double, settings: TimelineSettings) {
        let capacity = max(fte, 0.05) * settings.productiveDaysPerFTEMonth.value
        let implementation = max(settings.minimumImplementationMonths.value, Self.tenth(inHouseDays / capacity))
        let gap = settings.stage1ToStage2Weeks
        let decision = Self.tenth(settings.certificationDecisionWeeks.value / Self.weeksPerMonth)
        func fixed(_ id: String, _ name: String, _ months: Double, _ assumption: String, _ basis: Basis) -> Phase {
            Phase(id: id, name: name, months: months, lowMonths: months, highMonths: months, assumption: assumption, basis: basis)
        }
        phases = [
            fixed("implementation", "Close the gaps", implementation,
                  "\(NumberText.short(inHouseDays)) person-days at \(NumberText.short(fte)) FTE × \(NumberText.short(settings.productiveDaysPerFTEMonth.value)) days a month"
                      + " (at least \(NumberText.short(settings.minimumImplementationMonths.value)) months)",
                  settings.productiveDaysPerFTEMonth.basis),
            fixed("operation", "Run the system (internal audit, management review)",
                  settings.operationBeforeStage2Months.value, "at least one full cycle before Stage 2",
                  settings.operationBeforeStage2Months.basis),
            Phase(id: "stage1-to-stage2", name: "Stage 1, then Stage 2", months: Self.tenth(gap.likely / Self.weeksPerMonth),
                  lowMonths: Self.tenth(gap.low / Self.weeksPerMonth), highMonths: Self.tenth(gap.high / Self.weeksPerMonth),
                  assumption: "\(NumberText.short(gap.low)) to \(NumberText.short(gap.high)) weeks between the stages", basis: gap.basis),
            fixed("decision", "Certification decision", decision,
                  "\(NumberText.short(settings.certificationDecisionWeeks.value)) weeks after Stage 2", settings.certificationDecisionWeeks.basis),
        ]
        self.fte = fte
        months = Self.tenth(phases.map(\.months).reduce(0, +))
        lowMonths = Self.tenth(phases.map(\.lowMonths).reduce(0, +))
        highMonths = Self.tenth(phases.map(\.highMonths).reduce(0, +))
    }

    private static func tenth(_ months: Double) -> Double { (months * 10).rounded() / 10 }
}
