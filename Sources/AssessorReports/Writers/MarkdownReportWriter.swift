import Foundation

/// GitHub-flavoured Markdown: headings, pipe tables, text bars for readiness. Every value is
/// escaped so that no link, image, raw HTML or table break can come from user text.
/// Template `markdown-report`.
public struct MarkdownReportWriter: ReportWriter {
    public var displayName: String { "Markdown" }
    public var fileExtension: String { "md" }
    public var outputKind: ReportOutputKind { .text }
    public var purpose: String { "plain text to read or paste" }

    public init() {}

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        let library = try TemplateLibrary(overrides: options.templateFolder)
        let context = ContextEscaping.escape(TemplateContext.make(model), with: MarkdownEscaper()) as? [String: Any] ?? [:]
        return .file(Data(try library.render(context, template: "markdown-report").utf8))
    }
}
