/// The template values of the tabular sections: one dictionary per row.
extension TemplateContext {
    static func gaps(_ model: ReportModel) -> [String: Any] {
        [
            "count": model.gapAnalysis.count,
            "rows": model.gapAnalysis.map { row in
                [
                    "standard": model.title(ofStandard: row.standard), "requirement": row.requirement, "title": row.title,
                    "section": row.section, "answer": row.answer, "note": row.note,
                    "score": DisplayFormat.percent(row.score), "severity": row.severity?.label ?? "",
                    "severityKey": row.severity?.rawValue ?? "none", "finding": row.finding,
                    "action": row.recommendedAction, "evidenceCount": row.evidenceCount,
                ] as [String: Any]
            },
        ]
    }

    static func applicability(_ model: ReportModel) -> [String: Any] {
        let byStandard = Dictionary(grouping: model.statementOfApplicability, by: \.standard)
        let standards = model.standards.filter { byStandard[$0.id] != nil }.map { standard -> [String: Any] in
            let rows = byStandard[standard.id] ?? []
            return [
                "title": "\(standard.title):\(standard.edition)",
                "count": rows.count,
                "applicableCount": rows.filter(\.applicable).count,
                "excludedCount": rows.filter { !$0.applicable }.count,
                "rows": rows.map { row in
                    [
                        "control": row.control, "title": row.title, "theme": row.theme,
                        "applicable": row.applicable ? "Yes" : "No", "isApplicable": row.applicable,
                        "justification": row.justification, "status": row.status.label, "statusKey": row.status.rawValue,
                        "evidence": row.evidence.joined(separator: "; "),
                        "evidenceList": row.evidence,
                    ] as [String: Any]
                },
            ]
        }
        return ["standards": standards]
    }

    static func evidence(_ model: ReportModel) -> [String: Any] {
        [
            "count": model.evidenceRegister.count,
            "staleCount": model.evidenceRegister.filter { $0.freshness == .stale }.count,
            "rows": model.evidenceRegister.map { row in
                [
                    "document": row.document, "file": row.file, "format": row.format, "revision": row.revision,
                    "version": row.version ?? "", "created": row.created?.description ?? "",
                    "modified": row.modified?.description ?? "", "reviewed": row.reviewed?.description ?? "",
                    "freshness": row.freshness.label, "freshnessKey": row.freshness.rawValue,
                    "supports": row.supports.joined(separator: ", "),
                ] as [String: Any]
            },
        ]
    }

    static func actions(_ model: ReportModel) -> [String: Any] {
        [
            "count": model.actionPlan.count,
            "rows": model.actionPlan.map { row in
                [
                    "priority": row.priority, "standard": model.title(ofStandard: row.standard),
                    "requirement": row.requirement, "title": row.title, "severity": row.severity.label,
                    "severityKey": row.severity.rawValue, "action": row.action,
                    "effortDays": DisplayFormat.number(row.effortDays), "ownerRole": row.ownerRole,
                    "targetMonth": DisplayFormat.month(row.targetMonth),
                ] as [String: Any]
            },
        ]
    }

    static func cost(_ cost: CostBreakdown) -> [String: Any] {
        let currency = cost.total.currency
        return [
            "currency": currency,
            "toCertificate": DisplayFormat.money(cost.total.toCertificate, currency),
            "cycle": DisplayFormat.money(cost.total.cycle, currency),
            "totalToCertificate": DisplayFormat.money(cost.total.toCertificate.likely, currency),
            "totalToCertificateRange": DisplayFormat.span(cost.total.toCertificate),
            "totalCycle": DisplayFormat.money(cost.total.cycle.likely, currency),
            "totalCycleRange": DisplayFormat.span(cost.total.cycle),
            "lines": cost.lines.map { line in
                [
                    "id": line.id, "item": line.item,
                    "toCertificate": DisplayFormat.money(line.toCertificate.likely, currency),
                    "toCertificateRange": DisplayFormat.span(line.toCertificate),
                    "cycle": DisplayFormat.money(line.cycle.likely, currency), "cycleRange": DisplayFormat.span(line.cycle),
                    "assumption": line.assumption, "source": line.source, "status": DisplayFormat.status(line.status),
                ] as [String: Any]
            },
            "assumptions": cost.assumptions.map {
                ["topic": $0.topic, "text": $0.text, "source": $0.source, "status": DisplayFormat.status($0.status)]
            },
        ]
    }
}
