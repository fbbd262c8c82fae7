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
        let snapshot = inputs.snapshot
        let requirements = AssessedRequirement.all(snapshot, results: estimates.results)
        let gaps = GapAnalysis.rows(requirements)
        let register = EvidenceRegister(snapshot.evidence, freshness: inputs.freshness, on: inputs.reportDate)
        return ReportModel(
            organisation: snapshot.profile.organisation, reportDate: CalendarDate(inputs.reportDate),
            generatedBy: inputs.generatedBy, standards: standards(), summary: estimates.summary, gapAnalysis: gaps,
            statementOfApplicability: StatementOfApplicability.rows(requirements, snapshot: snapshot),
            evidenceRegister: EvidenceRow.rows(register),
            actionPlan: ActionPlan.rows(requirements, gaps: gaps, estimates: estimates),
            costEstimate: estimates.cost)
    }

    private func standards() -> [ReportModel.StandardInScope] {
        inputs.snapshot.standards.map {
            ReportModel.StandardInScope(id: $0.identity.id, title: $0.identity.shortTitle, edition: $0.identity.edition)
        }
    }
}
