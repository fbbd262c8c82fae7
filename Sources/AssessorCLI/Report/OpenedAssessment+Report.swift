import AssessorReports
import Foundation

extension OpenedAssessment {
    /// What the report shows of the file besides the scores and the estimate: the organisation,
    /// answers and evidence, dated today.
    func reportInputs(generatedBy: String) throws -> ReportInputs {
        ReportInputs(
            organisation: file.profile.organisation, standards: file.profile.standards, catalog: file.catalog,
            answers: answers, evidence: try file.store.evidence(), matches: try file.store.evidenceMatches(),
            reportDate: Date(), generatedBy: generatedBy)
    }
}
