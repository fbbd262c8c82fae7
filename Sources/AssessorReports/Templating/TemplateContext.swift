import Foundation

/// The values HTML and Markdown templates see, named after the JSON fields and formatted for
/// reading (`62%`, `EUR 24,000`). A section a report leaves out is absent, so `{{#gaps}}...{{/gaps}}`
/// renders nothing. Strings are raw here; the writer escapes them all before rendering.
enum TemplateContext {
    /// Charts drawn by the writer (SVG for HTML), by name, added as trusted markup.
    typealias Charts = (readiness: [String: String], findings: String)

    static func make(_ model: ReportModel) -> [String: Any] {
        var context: [String: Any] = [
            "organisation": model.organisation,
            "reportDate": model.reportDate.description,
            "generatedBy": model.generatedBy,
            "standards": model.standards.map { ["id": $0.id, "title": $0.title, "edition": $0.edition] as [String: Any] },
            "standardList": model.standards.map { "\($0.title):\($0.edition)" }.joined(separator: ", "),
            "contents": model.sections.map { ["id": $0.rawValue, "title": $0.title] as [String: Any] },
        ]
        if model.includes(.summary), let summary = model.summary { context["summary"] = self.summary(summary, of: model) }
        if model.includes(.gaps) { context["gaps"] = gaps(model) }
        if model.includes(.soa) { context["soa"] = applicability(model) }
        if model.includes(.evidence) { context["evidence"] = evidence(model) }
        if model.includes(.actions) { context["actions"] = actions(model) }
        if model.includes(.cost), let cost = model.costEstimate { context["cost"] = self.cost(cost) }
        return context
    }

    /// Adds the charts after escaping, so that their markup reaches the template as it is.
    static func addCharts(_ charts: Charts, to context: inout [String: Any]) {
        guard var summary = context["summary"] as? [String: Any],
              let standards = summary["readiness"] as? [Any] else { return }
        summary["readiness"] = standards.map { entry -> Any in
            guard var standard = entry as? [String: Any], let id = standard["standard"] as? String else { return entry }
            standard["chart"] = TrustedMarkup(markup: charts.readiness[id] ?? "")
            return standard
        }
        summary["findingsChart"] = TrustedMarkup(markup: charts.findings)
        context["summary"] = summary
    }

    private static func summary(_ summary: ExecutiveSummary, of model: ReportModel) -> [String: Any] {
        let coverage = summary.coverage, cost = summary.cost, timeline = summary.timeline
        return [
            "verdict": ["level": summary.verdict.level, "statement": summary.verdict.statement],
            "overallReadiness": DisplayFormat.percent(summary.overallReadiness),
            "readiness": summary.readiness.map { standard in
                [
                    "standard": standard.standard, "title": standard.title,
                    "readiness": DisplayFormat.percent(standard.readiness),
                    "met": standard.overall.met, "scored": standard.overall.scored,
                    "sections": standard.sections.map { section in
                        [
                            "id": section.id, "title": section.title, "kind": section.kind,
                            "readiness": DisplayFormat.percent(section.readiness), "bar": TextBar.make(section.readiness),
                            "met": section.met, "scored": section.scored, "blockers": section.blockers,
                            "majors": section.majors, "minors": section.minors,
                        ] as [String: Any]
                    },
                ] as [String: Any]
            },
            "coverage": [
                "fraction": DisplayFormat.percent(coverage.fraction), "asked": coverage.asked, "answered": coverage.answered,
                "dontKnow": coverage.dontKnow, "notApplicable": coverage.notApplicable,
            ] as [String: Any],
            "caveats": [coverage.caveat].compactMap { $0 } + summary.caveats,
            "blockers": summary.blockers.map {
                ["standard": model.title(ofStandard: $0.standard), "requirement": $0.requirement, "title": $0.title,
                 "finding": $0.finding] as [String: Any]
            },
            "hasBlockers": !summary.blockers.isEmpty,
            "findings": Severity.allCases.map {
                ["severity": $0.label, "key": $0.rawValue, "count": summary.likelyFindings[$0]] as [String: Any]
            },
            "effort": "\(DisplayFormat.number(summary.effort.personDays)) person-days",
            "effortSaved": summary.effort.savedBySharing > 0
                ? "\(DisplayFormat.number(summary.effort.savedBySharing)) person-days saved by doing shared work once" : "",
            "cost": [
                "currency": cost.currency, "toCertificate": DisplayFormat.money(cost.toCertificate, cost.currency),
                "cycle": DisplayFormat.money(cost.cycle, cost.currency),
            ],
            "timeline": [
                "months": DisplayFormat.range(timeline.months, unit: "months"), "fte": DisplayFormat.number(timeline.fte),
                "phases": timeline.phases.map { phase in
                    [
                        "name": phase.name, "months": DisplayFormat.range(phase.months, unit: "months"),
                        "endMonth": DisplayFormat.month(phase.endMonth), "assumption": phase.assumption,
                        "source": phase.source, "status": DisplayFormat.status(phase.status),
                    ] as [String: Any]
                },
            ] as [String: Any],
        ]
    }
}

/// A readiness bar in text (`███████░░░`), for Markdown and plain text.
enum TextBar {
    static func make(_ fraction: Double?, width: Int = 10) -> String {
        let filled = Int((Double(DisplayFormat.percentage(fraction)) / 100 * Double(width)).rounded())
        return String(repeating: "\u{2588}", count: filled) + String(repeating: "\u{2591}", count: width - filled)
    }
}
