import AssessorCore
import Foundation

/// What a report is made from besides what the scorer and the estimator made of it
/// (``ReportEstimates``): the assessment as read once, the day of the report, what produced it and
/// the freshness rule of the evidence register.
public struct ReportInputs: Sendable {
    public var snapshot: AssessmentSnapshot
    public var reportDate: Date
    /// `assessor 0.1.0, scorer builtin 1.1.0, cost profile ...`.
    public var generatedBy: String
    /// When a document counts as stale (12 months by default).
    public var freshness: Freshness

    public init(snapshot: AssessmentSnapshot, reportDate: Date, generatedBy: String, freshness: Freshness = Freshness()) {
        self.snapshot = snapshot
        self.reportDate = reportDate
        self.generatedBy = generatedBy
        self.freshness = freshness
    }
}
