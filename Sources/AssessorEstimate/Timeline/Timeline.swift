/// Months from start to certificate at a stated team capacity: closing the gaps, running the system
/// through an internal audit and a management review, waiting for the booked Stage 1 (only what the
/// work has not already covered), Stage 1 to Stage 2, and the decision.
public struct Timeline: Codable, Sendable, Hashable {
    /// One step on the way to the certificate.
    public struct Phase: Codable, Sendable, Hashable {
        /// Stable: `implementation`, `operation`, `stage1-booking`, `stage1-to-stage2`, `decision`.
        public var id: String
        public var name: String
        public var months: Double
        /// For the steps set by a certification body, the usual span; equal to `months` otherwise.
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

    /// `effortDays` are all the person-days left to close the gaps; `inHouseDays` those the organisation's
    /// own team works (consultants work alongside). With nothing left, closing the gaps and the first
    /// run of the system take no time: the answers show them done.
    public init(effortDays: Double, inHouseDays: Double, fte: Double, settings: TimelineSettings) {
        let done = effortDays <= 0
        let capacity = max(fte, 0.05) * settings.productiveDaysPerFTEMonth.value
        let minimum = settings.minimumImplementationMonths.value
        let implementation = done ? 0 : max(minimum, Self.tenth(inHouseDays / capacity))
        let operation = done ? 0 : settings.operationBeforeStage2Months.value
        let booking = settings.stage1BookingWeeks, gap = settings.stage1ToStage2Weeks
        func wait(_ weeks: Double) -> Double { max(0, Self.tenth(weeks / Self.weeksPerMonth - implementation - operation)) }
        func weeks(_ weeks: Double) -> Double { Self.tenth(weeks / Self.weeksPerMonth) }
        let decision = weeks(settings.certificationDecisionWeeks.value)
        phases = [
            Phase(id: "implementation", name: "Close the gaps", months: implementation, lowMonths: implementation,
                  highMonths: implementation, assumption: done ? "nothing left to close"
                      : "\(NumberText.short(inHouseDays)) person-days at \(NumberText.short(fte)) FTE × "
                        + "\(NumberText.short(settings.productiveDaysPerFTEMonth.value)) days a month (at least \(NumberText.short(minimum)) months)",
                  basis: settings.productiveDaysPerFTEMonth.basis),
            Phase(id: "operation", name: "Run the system (internal audit, management review)", months: operation, lowMonths: operation,
                  highMonths: operation, assumption: done ? "already done: the answers show internal audit and management review in place"
                      : "at least one full cycle before Stage 2", basis: settings.operationBeforeStage2Months.basis),
            Phase(id: "stage1-booking", name: "Wait for the booked Stage 1", months: wait(booking.likely), lowMonths: wait(booking.low),
                  highMonths: wait(booking.high), assumption: "Stage 1 booked \(NumberText.short(booking.low)) to \(NumberText.short(booking.high)) "
                      + "weeks ahead at the start; only the part the work above has not covered", basis: booking.basis),
            Phase(id: "stage1-to-stage2", name: "Stage 1, then Stage 2", months: weeks(gap.likely), lowMonths: weeks(gap.low),
                  highMonths: weeks(gap.high), assumption: "\(NumberText.short(gap.low)) to \(NumberText.short(gap.high)) weeks between the stages",
                  basis: gap.basis),
            Phase(id: "decision", name: "Certification decision", months: decision, lowMonths: decision, highMonths: decision,
                  assumption: "\(NumberText.short(settings.certificationDecisionWeeks.value)) weeks after Stage 2",
                  basis: settings.certificationDecisionWeeks.basis),
        ]
        self.fte = fte
        months = Self.tenth(phases.map(\.months).reduce(0, +))
        lowMonths = Self.tenth(phases.map(\.lowMonths).reduce(0, +))
        highMonths = Self.tenth(phases.map(\.highMonths).reduce(0, +))
    }

    private static func tenth(_ months: Double) -> Double { (months * 10).rounded() / 10 }
}
