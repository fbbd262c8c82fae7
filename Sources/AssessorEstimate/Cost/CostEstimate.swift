/// What certification costs: audit fees from the audit days, travel, fees, internal staff time,
/// optional consultancy, training and tooling, under low / likely / high price profiles (the audit days
/// themselves with their low and high ends). Three horizons: the first 12 months, up to the certificate,
/// and the whole cycle (two more years, to the recertification).
public struct CostEstimate: Codable, Sendable, Hashable {
    public var currency: String
    public var lines: [CostLine]
    public var toCertificate: Money
    public var cycle: Money
    /// What falls in the first 12 months from the start.
    public var firstYear: Money

    /// Prices the effort and the audit days in one currency of the profile.
    public init(
        effort: EffortEstimate, auditTime: AuditTimeEstimate, timeline: Timeline, scope: OrganisationScope,
        rates: CurrencyRates, profile: CostProfile, currency: String, consultancyShare: Double, standards: Int
    ) {
        let costs = profile.costs, model = profile.effort
        let audits = auditTime.cycle
        let auditFees = (Money(auditTime.initialDays, at: rates.auditorDayRate), Money(auditTime.cycleDays, at: rates.auditorDayRate))
        let fees = Fees(auditTime: auditTime, rates: rates, headCount: scope.employees)
        let inHouse = effort.totalDays * (1 - consultancyShare)
        let support = model.auditSupportDaysPerAuditDay.value
        let running = effort.runningDaysPerYear * 2
        let courses = costs.coursesPerStandard.value * Double(standards)
        let toolingYears = max(1, timeline.months / 12)
        let year = FirstYear(timeline: timeline, stage1: audits.stage1, initial: audits.initial, toolingYears: toolingYears)
        let days = auditTime.initialDays
        lines = [
            CostLine(id: "audits", item: "Certification audits", toCertificate: auditFees.0, cycle: auditFees.1, firstYear: year.audits,
                     assumption: "\(NumberText.short(audits.initial)) auditor-days to the certificate (\(NumberText.short(days.low))-"
                         + "\(NumberText.short(days.high))), \(NumberText.short(audits.total)) with the cycle, at \(Self.range(rates.auditorDayRate)) a day",
                     basis: rates.auditorDayRate.basis),
            CostLine(id: "travel", item: "Travel and expenses", toCertificate: auditFees.0.scaled(costs.travelShare.value),
                     cycle: auditFees.1.scaled(costs.travelShare.value), firstYear: year.audits,
                     assumption: "\(NumberText.percent(costs.travelShare.value)) of the audit fees", basis: costs.travelShare.basis),
            CostLine(id: "fees", item: "Certificate and administration fees", toCertificate: Money(fees.toCertificate),
                     cycle: Money(fees.cycle), firstYear: year.fees, assumption: fees.assumption, basis: rates.certificateFee.basis),
            CostLine(id: "internal-remediation", item: "Staff time closing the gaps", toCertificate: Money(inHouse, at: rates.internalDayRate),
                     cycle: Money(inHouse, at: rates.internalDayRate), firstYear: year.remediation,
                     assumption: "\(NumberText.short(inHouse)) person-days at \(Self.range(rates.internalDayRate)) a day",
                     basis: rates.internalDayRate.basis),
            CostLine(id: "internal-audits-and-running", item: "Staff time for audits and running the system",
                     toCertificate: Money(audits.initial * support, at: rates.internalDayRate),
                     cycle: Money(audits.total * support + running, at: rates.internalDayRate), firstYear: year.audits,
                     assumption: "\(NumberText.short(support)) staff day per auditor-day, and \(NumberText.short(effort.runningDaysPerYear)) "
                         + "person-days a year in years 2 and 3", basis: model.runningDaysPerYear.basis),
            CostLine(id: "consultancy", item: "External consultancy",
                     toCertificate: Money(effort.totalDays * consultancyShare, at: rates.consultantDayRate),
                     cycle: Money(effort.totalDays * consultancyShare, at: rates.consultantDayRate), firstYear: year.remediation,
                     assumption: "\(NumberText.percent(consultancyShare)) of the remediation work at \(Self.range(rates.consultantDayRate)) a day",
                     basis: consultancyShare == costs.consultancyShare.value ? costs.consultancyShare.basis
                         : Basis(source: "the consultancy share given for this estimate", status: .estimate)),
            CostLine(id: "training", item: "Training courses", toCertificate: Money(courses, at: rates.coursePrice),
                     cycle: Money(courses, at: rates.coursePrice),
                     assumption: "\(NumberText.short(courses)) course places at \(Self.range(rates.coursePrice))", basis: rates.coursePrice.basis),
            CostLine(id: "tooling", item: "Tooling", toCertificate: Money(toolingYears, at: rates.toolingPerYear),
                     cycle: Money(toolingYears + 2, at: rates.toolingPerYear), firstYear: year.tooling,
                     assumption: "\(Self.range(rates.toolingPerYear)) a year, \(NumberText.short(toolingYears)) year\(toolingYears == 1 ? "" : "s") to the certificate",
                     basis: rates.toolingPerYear.basis),
        ]
        self.currency = currency
        toCertificate = Money.sum(lines.map(\.toCertificate))
        cycle = Money.sum(lines.map(\.cycle))
        firstYear = Money.sum(lines.map(\.firstYear))
    }

    /// `1,200-2,500`.
    static func range(_ rate: SourcedRange) -> String { "\(NumberText.grouped(rate.low))-\(NumberText.grouped(rate.high))" }
}
