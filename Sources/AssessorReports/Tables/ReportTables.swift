/// The tables of each section a report holds, in order: what CSV, XLSX and DOCX write.
enum ReportTables {
    /// A section as a few sentences and its tables.
    struct Part: Sendable {
        var section: ReportSection
        /// Sentences shown above the tables (DOCX, XLSX).
        var intro: [String]
        var tables: [ReportTable]
    }

    static func make(_ model: ReportModel) -> [Part] {
        model.sections.map { section in
            switch section {
            case .summary:
                guard let summary = model.summary else { return Part(section: section, intro: [], tables: []) }
                return Part(section: section, intro: SummaryTables.intro(summary), tables: SummaryTables.make(summary, of: model))
            case .gaps: return Part(section: section, intro: ["\(model.gapAnalysis.count) requirements."], tables: [gaps(model)])
            case .soa: return Part(section: section, intro: soaIntro(model), tables: [applicability(model)])
            case .evidence: return Part(section: section, intro: evidenceIntro(model), tables: [evidence(model)])
            case .actions:
                return Part(section: section, intro: ["\(model.actionPlan.count) actions, blockers first."], tables: [actions(model)])
            case .cost:
                guard let cost = model.costEstimate else { return Part(section: section, intro: [], tables: []) }
                return Part(section: section, intro: CostTables.intro(cost), tables: CostTables.make(cost))
            }
        }
    }

    private static func soaIntro(_ model: ReportModel) -> [String] {
        model.standards.compactMap { standard in
            let rows = model.statementOfApplicability.filter { $0.standard == standard.id }
            guard !rows.isEmpty else { return nil }
            let applicable = rows.filter(\.applicable).count
            return "\(standard.title):\(standard.edition): \(rows.count) Annex A controls, \(applicable) applicable, "
                + "\(rows.count - applicable) excluded."
        }
    }

    private static func evidenceIntro(_ model: ReportModel) -> [String] {
        let stale = model.evidenceRegister.filter { $0.freshness == .stale }.count
        return ["\(model.evidenceRegister.count) documents, \(stale) not reviewed in the last 12 months."]
    }

    static func gaps(_ model: ReportModel) -> ReportTable {
        ReportTable(
            name: "gap-analysis", title: "Gap analysis",
            columns: [.init("Standard"), .init("Requirement", width: 12), .init("Title", width: 36),
                      .init("Section", width: 8), .init("Answer", width: 24), .init("Note", width: 30),
                      .init("Score (%)", width: 9), .init("Severity", width: 11), .init("Finding", width: 30),
                      .init("Recommended action", width: 60), .init("Evidence items", width: 9)],
            rows: model.gapAnalysis.map { row in
                [.text(model.title(ofStandard: row.standard)), .text(row.requirement), .text(row.title), .text(row.section),
                 .text(row.answer), .text(row.note), .optional(row.score, percent: true),
                 .optional(row.severity?.label), .text(row.finding), .text(row.recommendedAction),
                 .integer(row.evidenceCount)]
            })
    }

    static func applicability(_ model: ReportModel) -> ReportTable {
        ReportTable(
            name: "statement-of-applicability", title: "Statement of Applicability",
            columns: [.init("Standard"), .init("Control", width: 9), .init("Title", width: 40), .init("Theme", width: 7),
                      .init("Applicable", width: 10), .init("Justification", width: 50),
                      .init("Implementation status", width: 20), .init("Evidence", width: 50)],
            rows: model.statementOfApplicability.map { row in
                [.text(model.title(ofStandard: row.standard)), .text(row.control), .text(row.title), .text(row.theme),
                 .text(row.applicable ? "Yes" : "No"), .text(row.justification), .text(row.status.label),
                 .text(row.evidence.joined(separator: "; "))]
            })
    }

    static func evidence(_ model: ReportModel) -> ReportTable {
        ReportTable(
            name: "evidence-register", title: "Evidence register",
            columns: [.init("Document", width: 36), .init("File", width: 28), .init("Format", width: 7),
                      .init("Revision", width: 8), .init("Version", width: 9), .init("Created", width: 11),
                      .init("Modified", width: 11), .init("Reviewed", width: 11), .init("Freshness", width: 10),
                      .init("Supports", width: 50)],
            rows: model.evidenceRegister.map { row in
                [.text(row.document), .text(row.file), .text(row.format), .integer(row.revision), .optional(row.version),
                 .optional(row.created), .optional(row.modified), .optional(row.reviewed), .text(row.freshness.label),
                 .text(row.supports.joined(separator: ", "))]
            })
    }

    static func actions(_ model: ReportModel) -> ReportTable {
        ReportTable(
            name: "action-plan", title: "Action plan",
            columns: [.init("Priority", width: 8), .init("Standard"), .init("Requirement", width: 12),
                      .init("Title", width: 36), .init("Severity", width: 11), .init("Action", width: 60),
                      .init("Effort (person-days)", width: 10), .init("Owner role", width: 26),
                      .init("Target month", width: 8)],
            rows: model.actionPlan.map { row in
                [.integer(row.priority), .text(model.title(ofStandard: row.standard)), .text(row.requirement),
                 .text(row.title), .text(row.severity.label), .text(row.action), .optional(row.effortDays),
                 .text(row.ownerRole), .optional(row.targetMonth)]
            })
    }
}
