import AssessorCore
import AssessorReports
import AssessorScoringContract

/// Realistic estimate figures for a 180-person software company going for three certifications,
/// standing in for the estimate module: readiness as the mean score per clause and theme, effort
/// per gap by severity, a cost estimate with its assumptions, and a timeline.
enum FixtureEstimates {
    static func make(catalog: Catalog, standards: [String], scores: ScoringResponse) -> ReportEstimates {
        let readiness = standards.compactMap(catalog.module).map { module in
            let own = scores.requirements.filter { $0.standard == module.identity.id }
            let sections = module.sections.map { section in
                StandardReadiness.SectionReadiness(
                    id: section.id, title: section.title, kind: section.kind.rawValue,
                    readiness: mean(own.filter { score in module.requirement(score.id)?.section == section.id }))
            }
            return StandardReadiness(standard: module.identity.id, title: module.identity.shortTitle,
                                     readiness: mean(own), sections: sections)
        }
        let days: [Severity: Double] = [.blocker: 4, .major: 3, .minor: 1.5, .observation: 0.5]
        let gaps = scores.requirements.compactMap { score in score.finding.map { (score, $0.severity) } }
            .sorted { $0.1 < $1.1 }
        var work: [RequirementReference: ReportEstimates.PlannedWork] = [:]
        for (rank, (score, severity)) in gaps.enumerated() {
            work[RequirementReference(module: score.standard, requirement: score.id)] =
                .init(effortDays: days[severity] ?? 1, targetMonth: 1 + rank * 8 / max(1, gaps.count))
        }
        let likely = work.values.reduce(0) { $0 + $1.effortDays }
        return ReportEstimates(
            verdict: .init(rating: "not-ready", statement: "Not ready for a Stage 1 audit: mandatory documented "
                           + "information is missing, and about a third of the controls are only partly in place."),
            overallReadiness: mean(scores.requirements), readiness: readiness,
            coverage: .init(fraction: 0.94, caveat: "Six percent of the requirements are unanswered or \"don't know\"; "
                            + "they count as gaps, so readiness may be understated."),
            effort: EstimateRange(low: likely * 0.8, likely: likely, high: likely * 1.4),
            cost: cost, timeline: timeline, work: work)
    }

    static let cost = CostEstimate(
        total: MoneyRange(currency: "EUR", low: 61_500, likely: 83_200, high: 117_400),
        lines: [
            .init(item: "Stage 1 and Stage 2 audits, three standards (integrated)", category: "certification",
                  low: 21_000, likely: 25_200, high: 30_800, assumption: "18 auditor-days at EUR 1,400, integrated audit reduction 15%"),
            .init(item: "Internal effort to close the gaps", category: "internal effort", low: 24_000, likely: 33_000,
                  high: 48_000, assumption: "person-days from the action plan at EUR 600 loaded cost"),
            .init(item: "Consultancy support", category: "consultancy", low: 12_000, likely: 18_000, high: 28_000,
                  assumption: "12 to 28 consultant-days at EUR 1,000"),
            .init(item: "Awareness training", category: "training", low: 2_500, likely: 4_000, high: 6_000,
                  assumption: "180 staff, e-learning licence and two live sessions"),
            .init(item: "Compliance tooling", category: "tooling", low: 2_000, likely: 3_000, high: 4_600,
                  assumption: "GRC tool, first year"),
        ],
        assumptions: ["Prices exclude VAT.", "Audit days follow the accreditation rules for 180 people at 2 sites.",
                      "Travel for auditors at cost, not included."])

    static let timeline = Timeline(
        months: EstimateRange(low: 7, likely: 9, high: 12),
        milestones: [
            .init(month: 1, title: "Scope, policy and risk methodology approved"),
            .init(month: 3, title: "Risk and AI impact assessments done; Statement of Applicability signed"),
            .init(month: 6, title: "Internal audit and management review held"),
            .init(month: 7, title: "Stage 1 audit"),
            .init(month: 9, title: "Stage 2 audit"),
        ])

    private static func mean(_ scores: [ScoringResponse.RequirementScore]) -> Double? {
        let values = scores.compactMap(\.score)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
