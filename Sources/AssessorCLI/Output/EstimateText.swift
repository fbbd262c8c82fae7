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

    /// The audit-day table: each standard on its own, its part of the integrated audits, the totals;
    /// a held certificate's cycle audit named in its cell, and what the reader must know under the table.
    private func auditDays() -> [String] {
        let audit = estimate.auditTime
        let short: [CycleAudit: String] = [.surveillance1: "surv 1", .surveillance2: "surv 2", .recertification: "recert"]
        let rows = audit.table.rows.map { row -> [String] in
            let time = audit.standards.first { $0.standard == row.standard }
            let source = switch row.kind {
            case .separate: time.map { "\($0.table) (\($0.band))" } ?? ""
            case .integrated: "its part of the combined audits"
            case .totalSeparate: ""
            case .totalIntegrated: "IAF MD 11, \(audit.integration.rawValue): up to -\(Self.share(audit.reduction))"
            }
            return [row.label + (row.note.isEmpty || row.kind != .separate ? "" : " *"), source]
                + row.cells.map { cell in days(cell.days) + (cell.audit.flatMap { short[$0] }.map { " (\($0))" } ?? "") }
                + [days(row.total)]
        }
        var lines = ["", "Audit days over the 3-year cycle (auditor-days)",
                     Table(headers: ["STANDARD", "TABLE (PERSONS)", "STAGE 1", "STAGE 2", "SURV 1", "SURV 2", "RECERT", "TOTAL"],
                           rows: rows).render()]
        lines += audit.table.rows.filter { $0.kind == .separate && !$0.note.isEmpty }.map { "* \($0.label): \($0.note)." }
        if !audit.reductions.isEmpty {
            lines.append("IAF MD 11 on each visit's combined time: " + audit.reductions.map {
                "\($0.audit.title.lowercased()) \(days($0.separate)) -> \(days($0.integrated)) (-\(Self.share($0.share)))"
            }.joined(separator: ", ") + ".")
        }
        lines.append("Low to high: \(days(audit.initialDays.low))-\(days(audit.initialDays.high)) auditor-days to the certificate, "
                     + "\(days(audit.cycleDays.low))-\(days(audit.cycleDays.high)) over the cycle.")
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
