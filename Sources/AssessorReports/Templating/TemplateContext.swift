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
        if model.includes(.summary) { context["summary"] = summary(model) }
        if model.includes(.gaps) { context["gaps"] = gaps(model) }
        if model.includes(.soa) { context["soa"] = applicability(model) }
        if model.includes(.evidence) { context["evidence"] = evidence(model) }
        if model.includes(.actions) { context["actions"] = actions(model) }
        if model.includes(.cost) { context["cost"] = cost(model) }
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

    private static func summary(_ model: ReportModel) -> [String: Any] {
        let summary = model.summary
        var values: [String: Any] = [
            "overallReadiness": summary.overallReadiness.map(DisplayFormat.percent) ?? DisplayFormat.notEstimated,
            "readiness": summary.readiness.map { standard in
                [
                    "standard": standard.standard, "title": standard.title,
                    "readiness": DisplayFormat.percent(standard.readiness),
                    "sections": standard.sections.map { section in
                        [
                            "id": section.id, "title": section.title, "kind": section.kind,
                            "readiness": DisplayFormat.percent(section.readiness),
                            "bar": TextBar.make(section.readiness),
                        ] as [String: Any]
                    },
                ] as [String: Any]
            },
            "blockers": summary.blockers.map {
                ["standard": model.title(ofStandard: $0.standard), "requirement": $0.requirement, "title": $0.title,
                 "finding": $0.finding] as [String: Any]
            },
            "hasBlockers": !summary.blockers.isEmpty,
            "hasReadiness": !summary.readiness.isEmpty,
            "findings": Severity.allCases.map {
                ["severity": $0.label, "key": $0.rawValue, "count": summary.likelyFindings[$0]] as [String: Any]
            },
            "effort": DisplayFormat.range(summary.effort, unit: "person-days"),
            "cost": DisplayFormat.money(summary.cost),
        ]
        if let verdict = summary.verdict { values["verdict"] = [
                "rating": verdict.rating, "ratingLabel": verdict.rating.replacingOccurrences(of: "-", with: " "),
                "statement": verdict.statement,
            ] }
        if let coverage = summary.coverage {
            values["coverage"] = ["fraction": DisplayFormat.percent(coverage.fraction), "caveat": coverage.caveat]
        }
        if let timeline = summary.timeline {
            values["timeline"] = [
                "months": DisplayFormat.range(timeline.months, unit: "months"),
                "milestones": timeline.milestones.map { ["month": $0.month, "title": $0.title] as [String: Any] },
            ] as [String: Any]
        } else {
            values["timelineText"] = DisplayFormat.notEstimated
        }
        return values
    }
}

/// A readiness bar in text (`███████░░░`), for Markdown and plain text.
enum TextBar {
    static func make(_ fraction: Double?, width: Int = 10) -> String {
        let filled = Int((Double(DisplayFormat.percentage(fraction)) / 100 * Double(width)).rounded())
        return String(repeating: "\u{2588}", count: filled) + String(repeating: "\u{2591}", count: width - filled)
    }
}
