import AssessorCore
import Foundation

/// Builds the report model of an assessment: the gap analysis, Statement of Applicability, evidence
/// register and action plan from the answers, scores and evidence; the verdict, readiness, coverage,
/// effort, cost, timeline and per-gap work from the estimate, copied as given.
///
/// This is the one place where the estimate meets the report: `estimates` is all the estimate
/// module has to provide.
public struct ReportAssembler: Sendable {
    public var inputs: ReportInputs

    public init(_ inputs: ReportInputs) {
        self.inputs = inputs
    }

    /// The whole report, every section included.
    public func assemble(estimates: ReportEstimates) -> ReportModel {
        let reportDate = CalendarDate(inputs.reportDate)
        let latest = EvidenceRegister.latest(inputs.evidence)
        let requirements = AssessedRequirement.all(inputs, latestEvidence: latest)
        let gaps = GapAnalysis.rows(requirements)
        let summary = ExecutiveSummary(
            verdict: estimates.verdict, overallReadiness: estimates.overallReadiness, readiness: estimates.readiness,
            coverage: estimates.coverage, blockers: blockers(gaps), likelyFindings: findingCounts(gaps),
            effort: estimates.effort, cost: estimates.cost?.total, timeline: estimates.timeline)
        return ReportModel(
            organisation: inputs.organisation, reportDate: reportDate, generatedBy: inputs.generatedBy,
            standards: standards(), summary: summary, gapAnalysis: gaps,
            statementOfApplicability: StatementOfApplicability.rows(
                requirements, catalog: inputs.catalog, answers: inputs.answers),
            evidenceRegister: EvidenceRegister.rows(latest: latest, matches: inputs.matches, reportDate: reportDate),
            actionPlan: ActionPlan.rows(requirements, gaps: gaps, work: estimates.work),
            costEstimate: estimates.cost)
    }

    private func standards() -> [ReportModel.StandardInScope] {
        inputs.standards.compactMap(inputs.catalog.module).filter { $0.identity.kind == .standard }.map {
            ReportModel.StandardInScope(id: $0.identity.id, title: $0.identity.shortTitle, edition: $0.identity.edition)
        }
    }

    private func blockers(_ gaps: [GapRow]) -> [ExecutiveSummary.Blocker] {
        gaps.filter { $0.severity == .blocker }.map {
            ExecutiveSummary.Blocker(standard: $0.standard, requirement: $0.requirement, title: $0.title, finding: $0.finding)
        }
    }

    private func findingCounts(_ gaps: [GapRow]) -> ExecutiveSummary.FindingCounts {
        var counts = ExecutiveSummary.FindingCounts()
        for case let severity? in gaps.map(\.severity) { counts[severity] += 1 }
        return counts
    }
}
