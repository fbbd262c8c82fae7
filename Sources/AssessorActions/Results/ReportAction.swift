import AssessorCore
import AssessorEstimate
import AssessorReports
import Foundation

/// Builds a report of an assessment in one format: the model from the snapshot, the readiness and
/// the estimate (every figure copied as `score` and `estimate` give it), restricted to the sections
/// asked for, then rendered by the format's writer.
public struct ReportAction: Sendable {
    public var format: ReportFormat
    public var sections: Set<ReportSection>
    /// A folder of templates replacing built-in ones; nil for the built-in templates.
    public var templateFolder: URL?
    /// When a document in the evidence register counts as stale.
    public var freshness: Freshness
    /// `assessor 0.1.0, scorer builtin 1.1.0, cost profile ...`.
    public var generatedBy: String
    /// The day of the report.
    public var date: Date

    public init(
        format: ReportFormat, sections: Set<ReportSection> = Set(ReportSection.allCases), templateFolder: URL? = nil,
        freshness: Freshness = Freshness(), generatedBy: String, date: Date = Date()
    ) {
        self.format = format
        self.sections = sections
        self.templateFolder = templateFolder
        self.freshness = freshness
        self.generatedBy = generatedBy
        self.date = date
    }

    /// The report model, then its rendering.
    public func run(
        _ snapshot: AssessmentSnapshot, readiness: Readiness, estimate: Estimate
    ) throws(ReportError) -> (model: ReportModel, output: ReportOutput) {
        let inputs = ReportInputs(snapshot: snapshot, reportDate: date, generatedBy: generatedBy, freshness: freshness)
        let model = ReportAssembler(inputs).assemble(estimates: ReportEstimates(readiness: readiness, estimate: estimate))
            .restricted(to: sections)
        return (model, try format.writer.render(model, options: ReportOptions(templateFolder: templateFolder)))
    }
}
