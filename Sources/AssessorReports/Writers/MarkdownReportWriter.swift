import Foundation

/// GitHub-flavoured Markdown: headings, pipe tables, text bars for readiness. Every value is
/// escaped so that no link, image, raw HTML or table break can come from user text.
/// Template `markdown-report`.
public struct MarkdownReportWriter: ReportWriter {
    public init() {}

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        let library = try TemplateLibrary(overrides: options.templateFolder)
        let context = ContextEscaping.escape(TemplateContext.make(model), with: MarkdownEscaper()) as? [String: Any] ?? [:]
        return .file(Data(try library.render(context, template: "markdown-report").utf8))
    }
}
