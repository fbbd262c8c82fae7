import AssessorCore
import AssessorEstimate

/// What the scorer and the estimator made of an assessment, in the report's terms: the one place
/// where ``Readiness`` and ``Estimate`` meet the report. Every figure is copied as `assessor score`
/// and `assessor estimate` print it (verdict, roll-ups, findings, effort, cost, timeline); the
/// report adds only the target month of each gap, spread over the "close the gaps" phase.
public struct ReportEstimates: Sendable {
    let summary: ExecutiveSummary
    let cost: CostBreakdown
    /// The scorer's result per requirement, as the readiness rolled it up.
    let results: [RequirementReference: RequirementResult]
    /// Person-days per gap, after sharing.
    let effort: [RequirementReference: Double]
    /// The length of the "close the gaps" phase at the stated capacity, in months.
    let implementationMonths: Double

    /// `estimate` must be the estimate of `readiness` (``Estimator/estimate(readiness:scope:profile:options:)``).
    public init(readiness: Readiness, estimate: Estimate) {
        let coverage = readiness.coverage
        let findings = FindingCounts(
            blockers: readiness.blockers.count, majors: readiness.likelyMajor.count, minors: readiness.likelyMinor.count,
            observations: readiness.requirements.filter { $0.finding?.severity == .observation }.count)
        summary = ExecutiveSummary(
            verdict: .init(level: readiness.verdict.level.rawValue, statement: readiness.verdict.summary),
            overallReadiness: readiness.overall,
            readiness: readiness.standards.map { standard in
                StandardScorecard(standard: standard.id, title: standard.title, overall: Self.section(standard.summary),
                                  sections: (standard.clauses + standard.themes).map(Self.section),
                                  questionsAsked: standard.questionsAsked, questionsAnswered: standard.questionsAnswered)
            },
            coverage: .init(fraction: coverage.ratio, asked: coverage.asked, answered: coverage.answered,
                            dontKnow: coverage.dontKnow, notApplicable: coverage.notApplicable, caveat: coverage.caveat),
            caveats: estimate.caveats.filter { $0 != coverage.caveat },
            blockers: readiness.blockers.map {
                .init(standard: $0.standard, requirement: $0.requirement, title: $0.title, finding: $0.summary)
            },
            likelyFindings: findings,
            effort: EffortSummary(personDays: estimate.effort.totalDays, savedBySharing: estimate.effort.savedDays,
                                  byStandard: estimate.effort.byStandard.map { .init(standard: $0.id, personDays: $0.days) }),
            cost: CostTotals(currency: estimate.cost.currency, toCertificate: estimate.cost.toCertificate,
                             cycle: estimate.cost.cycle),
            timeline: Self.timeline(estimate.timeline))
        cost = CostBreakdown(
            total: summary.cost,
            lines: estimate.cost.lines.map { line in
                .init(id: line.id, item: line.item, toCertificate: line.toCertificate, cycle: line.cycle,
                      assumption: line.assumption, source: line.basis.source, status: line.basis.status.rawValue)
            },
            assumptions: estimate.assumptions.map {
                .init(topic: $0.topic, text: $0.text, source: $0.basis.source, status: $0.basis.status.rawValue)
            })
        results = Dictionary(readiness.requirements.map { (RequirementReference(module: $0.standard, requirement: $0.id), $0) },
                             uniquingKeysWith: { first, _ in first })
        effort = Dictionary(estimate.effort.items.map { (RequirementReference(module: $0.standard, requirement: $0.requirement), $0.days) },
                            uniquingKeysWith: +)
        let phases = estimate.timeline.phases
        implementationMonths = (phases.first { $0.id == "implementation" } ?? phases.first)?.months ?? 0
    }

    private static func section(_ score: SectionScore) -> SectionReadiness {
        SectionReadiness(id: score.id, title: score.title, kind: score.kind, readiness: score.score, scored: score.scored,
                         met: score.met, blockers: score.blockers, majors: score.majors, minors: score.minors)
    }

    /// The phases with the month each ends in, counting from the month after the report.
    private static func timeline(_ timeline: AssessorEstimate.Timeline) -> TimelinePlan {
        var elapsed = 0.0
        return TimelinePlan(
            fte: timeline.fte, months: EstimateRange(low: timeline.lowMonths, likely: timeline.months, high: timeline.highMonths),
            phases: timeline.phases.map { phase in
                elapsed += phase.months
                return .init(id: phase.id, name: phase.name,
                             months: EstimateRange(low: phase.lowMonths, likely: phase.months, high: phase.highMonths),
                             endMonth: max(1, Int((elapsed - 1e-9).rounded(.up))), assumption: phase.assumption,
                             source: phase.basis.source, status: phase.basis.status.rawValue)
            })
    }
}
