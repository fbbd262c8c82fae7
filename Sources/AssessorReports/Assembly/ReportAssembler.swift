import AssessorCore
import Foundation

/// Builds the report model of an assessment: the gap analysis, Statement of Applicability, evidence
/// register and action plan from the answers, the scorer's results and the evidence; the summary
/// and the cost estimate from the readiness and the estimate, copied as given.
public struct ReportAssembler: Sendable {
    public var inputs: ReportInputs

    public init(_ inputs: ReportInputs) {
        self.inputs = inputs
    }

    /// The whole report, every section included.
    public func assemble(estimates: ReportEstimates) -> ReportModel {
        let reportDate = CalendarDate(inputs.reportDate)
        let latest = EvidenceRegister.latest(inputs.evidence)
        let requirements = AssessedRequirement.all(inputs, results: estimates.results, latestEvidence: latest)
        let gaps = GapAnalysis.rows(requirements)
        return ReportModel(
            organisation: inputs.organisation, reportDate: reportDate, generatedBy: inputs.generatedBy,
            standards: standards(), summary: estimates.summary, gapAnalysis: gaps,
            statementOfApplicability: StatementOfApplicability.rows(
                requirements, catalog: inputs.catalog, answers: inputs.answers),
            evidenceRegister: EvidenceRegister.rows(latest: latest, matches: inputs.matches, reportDate: reportDate),
            actionPlan: ActionPlan.rows(requirements, gaps: gaps, estimates: estimates),
            costEstimate: estimates.cost)
    }

    private func standards() -> [ReportModel.StandardInScope] {
        inputs.standards.compactMap(inputs.catalog.module).filter { $0.identity.kind == .standard }.map {
            ReportModel.StandardInScope(id: $0.identity.id, title: $0.identity.shortTitle, edition: $0.identity.edition)
        }
    }
}
