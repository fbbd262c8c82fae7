import AssessorCore
import Foundation

/// What an assessment holds, as read from its file: everything the assembler needs besides what the
/// scorer and the estimator made of it (``ReportEstimates``).
public struct ReportInputs: Sendable {
    public var organisation: String
    /// The standard module ids in scope, in the assessment's order.
    public var standards: [String]
    public var catalog: Catalog
    /// Current answers by question id.
    public var answers: [String: Answer]
    /// Every evidence item, all revisions.
    public var evidence: [EvidenceItem]
    /// Every match between evidence and requirements; only accepted ones count.
    public var matches: [EvidenceMatch]
    public var reportDate: Date
    /// `assessor 0.1.0, scorer builtin 1.1.0, cost profile ...`.
    public var generatedBy: String

    public init(
        organisation: String, standards: [String], catalog: Catalog, answers: [String: Answer],
        evidence: [EvidenceItem], matches: [EvidenceMatch], reportDate: Date,
        generatedBy: String
    ) {
        self.organisation = organisation
        self.standards = standards
        self.catalog = catalog
        self.answers = answers
        self.evidence = evidence
        self.matches = matches
        self.reportDate = reportDate
        self.generatedBy = generatedBy
    }
}
