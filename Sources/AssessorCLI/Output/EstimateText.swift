import AssessorEstimate

/// The terminal form of `assessor estimate`: effort, audit days, cost and timeline tables, the
/// checks against quoted figures, and every assumption with its source and status.
struct EstimateText {
    let assessment: AssessmentSummary
    let estimate: Estimate
    /// Standard ids to their short titles, in the assessment's order.
    let titles: [(id: String, title: String)]

    func render() -> String {
        let scope = estimate.scope
        var lines = [
            "Estimate for \(assessment.organisation) (\(assessment.file)): " + titles.map(\.title).joined(separator: ", ")
                + "; \(scope.employees) people, \(scope.sites) site\(scope.sites == 1 ? "" : "s")",
            "Readiness: \(estimate.verdict.summary)",
        ]
        lines += estimate.caveats.map { "Note: \($0)" }
        lines += effort() + auditDays() + cost() + timeline() + checks() + assumptions()
        return lines.joined(separator: "\n")
    }

    private func effort() -> [String] {
        let effort = estimate.effort
        let rows = effort.byClause.map { total in
            [total.id, total.title] + titles.map { days(total.byStandard[$0.id] ?? 0) } + [days(total.days), days(total.savedDays)]
        } + [["", "Total"] + titles.map { title in days(effort.byStandard.first { $0.id == title.id }?.days ?? 0) } + [days(effort.totalDays), days(effort.savedDays)]]
        var lines = ["", "Effort to close the gaps, person-days (size factor ×\(Self.number(effort.sizeFactor)) "
                     + "for \(estimate.scope.employees) people)",
                     Table(headers: ["CLAUSE", "TITLE"] + titles.map(\.title) + ["TOTAL", "SAVED BY SHARING"], rows: rows).render()]
        if effort.savedDays > 0 {
            let separate = effort.totalDays + effort.savedDays
            lines.append("Shared work saves \(days(effort.savedDays)) person-days: \(Self.share(effort.savedDays / separate)) "
                         + "less than implementing each standard on its own.")
        }
        return lines
    }

    private func auditDays() -> [String] {
        let audit = estimate.auditTime
        func cells(_ cycle: AuditCycle) -> [String] { cycle.audits.map { days($0.days) } + [days(cycle.total)] }
        var rows = audit.standards.map { time in
            [time.title + (time.proxy == nil ? "" : " *"), "\(time.table) (\(time.band))"] + cells(time.cycle)
        }
        if audit.standards.count > 1 {
            rows.append(["Separately", ""] + cells(audit.separate))
            rows.append(["Integrated", "IAF MD 11, \(audit.integration.rawValue): -\(Self.share(audit.reduction))"] + cells(audit.cycle))
        }
        var lines = ["", "Audit days over the 3-year cycle (auditor-days)",
                     Table(headers: ["STANDARD", "TABLE (PERSONS)", "STAGE 1", "STAGE 2", "SURV 1", "SURV 2", "RECERT", "TOTAL"],
                           rows: rows).render()]
        lines += audit.standards.compactMap { time in time.proxy.map { "* \(time.title): \($0)" } }
        if !audit.notEstimated.isEmpty { lines.append("Not estimated (no table): " + audit.notEstimated.joined(separator: ", ")) }
        return lines
    }

    private func cost() -> [String] {
        let cost = estimate.cost
        let rows = cost.lines.map { line in
            [line.item, money(line.toCertificate.likely), money(line.cycle.likely), "\(line.assumption) \(line.basis.status.label)"]
        } + [["Total, likely", money(cost.toCertificate.likely), money(cost.cycle.likely), ""],
             ["Total, low to high", "\(money(cost.toCertificate.low))-\(money(cost.toCertificate.high))",
              "\(money(cost.cycle.low))-\(money(cost.cycle.high))", ""]]
        return ["", "Cost in \(cost.currency) (likely prices; low and high in the totals)",
                Table(headers: ["ITEM", "TO CERTIFICATE", "WITH 3-YEAR CYCLE", "ASSUMPTION"], rows: rows).render()]
    }

    private func timeline() -> [String] {
        let timeline = estimate.timeline
        let rows = timeline.phases.map { phase in
            [phase.name, phase.lowMonths == phase.highMonths ? Self.number(phase.months)
                : "\(Self.number(phase.months)) (\(Self.number(phase.lowMonths))-\(Self.number(phase.highMonths)))", phase.assumption]
        } + [["Start to certificate", "\(Self.number(timeline.months)) (\(Self.number(timeline.lowMonths))-\(Self.number(timeline.highMonths)))", ""]]
        return ["", "Timeline at \(Self.number(timeline.fte)) FTE, months",
                Table(headers: ["PHASE", "MONTHS", "ASSUMPTION"], rows: rows).render()]
    }

    private func checks() -> [String] {
        ["", "Checks against commonly quoted figures"] + estimate.checks.flatMap { check in
            ["[\(check.holds ? "holds" : "differs")] \(check.claim). Model: \(check.computed).", "  \(check.explanation)"]
        }
    }

    private func assumptions() -> [String] {
        ["", "Assumptions"] + estimate.assumptions.map { "\($0.basis.status.label) \($0.text) Source: \($0.basis.source)." }
    }

    private func days(_ value: Double) -> String { Self.number(value) }
    private func money(_ value: Double) -> String { NumberText.grouped(value) }

    static func number(_ value: Double) -> String { NumberText.short(value) }
    static func share(_ value: Double) -> String { NumberText.percent(value) }
}
