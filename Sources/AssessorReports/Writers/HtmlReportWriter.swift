import Foundation

/// One self-contained, printable HTML file: inline CSS and SVG charts, no scripts, nothing fetched.
/// Template `html-report` (with the partial `html-style`).
public struct HtmlReportWriter: ReportWriter {
    public var displayName: String { "HTML" }
    public var fileExtension: String { "html" }
    public var outputKind: ReportOutputKind { .text }
    public var purpose: String { "one self-contained page to read and print" }

    public init() {}

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        let library = try TemplateLibrary(overrides: options.templateFolder)
        var context = ContextEscaping.escape(TemplateContext.make(model), with: HtmlEscaper()) as? [String: Any] ?? [:]
        if let summary = model.summary {
            do {
                let charts = try Dictionary(summary.readiness.map { ($0.standard, try SvgCharts.readiness($0)) }) { $1 }
                TemplateContext.addCharts((readiness: charts, findings: try SvgCharts.findings(summary.likelyFindings)), to: &context)
            } catch {
                throw ReportError("cannot draw the charts of the HTML report: \(error)")
            }
        }
        return .file(Data(try library.render(context, template: "html-report").utf8))
    }
}
