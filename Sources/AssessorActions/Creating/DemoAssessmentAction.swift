import AssessorCore
import AssessorEstimate
import AssessorStore
import Foundation

/// Creates a deterministic, fully answered sample assessment (`demo`): the same options always give
/// the same answers and documents, so the README and the tests can show real output.
public struct DemoAssessmentAction: Sendable {
    /// What the sample file holds.
    public struct Outcome: Sendable {
        public var assessment: Assessment
        public var answers: Int
        public var documents: Int
        /// Requirements the documents are accepted for.
        public var links: Int
    }

    public let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    /// Creates the sample at `url`; the head count and `sites` (the sample organisation's number of
    /// sites, as given, never derived from the head count) are checked against `scope.employees` and
    /// `scope.sites` first, and nothing is created when one is out of bounds.
    public func run(
        at url: URL, standards: [String], employees: Int, sites: Int = 1, starting: SampleAssessment.Starting
    ) throws -> Outcome {
        let sample = SampleAssessment(catalog: catalog, standards: standards, employees: employees, sites: sites, starting: starting)
        let assessment = try CreateAssessmentAction(catalog: catalog, person: SampleAssessment.creator)
            .run(NewAssessment(organisation: SampleAssessment.organisation, standards: standards, employees: employees,
                               sites: sites), at: url)
        try assessment.store.record(sample.answers.values.sorted { $0.questionID < $1.questionID }, by: SampleAssessment.creator)
        let documents = sample.documents
        try assessment.store.addEvidence(batch: documents.map { document in
            var item = document.item
            item.id = nil
            return (item, document.requirements.map {
                EvidenceMatch(evidenceID: 0, requirement: $0, confidence: 1, reason: SampleAssessment.matchReason, status: .accepted)
            }, [])
        })
        return Outcome(assessment: assessment, answers: sample.answers.count, documents: documents.count,
                       links: sample.evidence.count)
    }
}
