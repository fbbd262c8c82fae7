import AssessorReports
import AssessorTestSupport
import Foundation
import Testing

/// A consultancy's own templates replace the built-in ones by file name; escaping stays the writer's job.
@Suite struct TemplateTests {
    @Test func aTemplateFolderReplacesTheReportAndKeepsEscaping() async throws {
        let folder = try TemporaryFolder()
        try folder.write("html-report.mustache", """
            <html><body><header>{{> letterhead}}</header><h1>{{organisation}}</h1><p>{{{organisation}}}</p>
            {{#soa}}{{#standards}}<h2>{{title}}: {{count}}</h2>{{/standards}}{{/soa}}</body></html>
            """)
        try folder.write("letterhead.mustache", "Example Consulting &amp; Partners")
        let html = try Fixtures.text(.html, try await Fixtures.injected, options: ReportOptions(templateFolder: folder.url))
        #expect(html.hasPrefix("<html><body><header>Example Consulting &amp; Partners</header>"))
        #expect(!html.contains("<script>"), "triple braces print escaped text too")
        #expect(html.components(separatedBy: "&lt;script&gt;").count - 1 == 2)
        #expect(html.contains("<h2>ISO/IEC 42001:2023: 38</h2>") && html.contains("<h2>ISO/IEC 27001:2022: 93</h2>"))
    }

    @Test func aFolderWithOnlyAStylesheetKeepsTheBuiltInReport() async throws {
        let folder = try TemporaryFolder()
        try folder.write("html-style.mustache", "body { font-family: Georgia; }")
        let html = try Fixtures.text(.html, try await Fixtures.rich, options: ReportOptions(templateFolder: folder.url))
        #expect(html.contains("body { font-family: Georgia; }") && html.contains("id=\"gaps\""))
        #expect(!html.contains("--accent"), "the built-in stylesheet is replaced")
    }

    @Test func aBrokenTemplateIsReportedWithItsFileAndLine() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("markdown-report.mustache", "# {{organisation}}\n\n{{#gaps}}\nunclosed\n")
        let model = try await Fixtures.rich
        #expect {
            try ReportFormat.md.writer.render(model, options: ReportOptions(templateFolder: folder.url))
        } throws: { error in
            "\(error)".hasPrefix("\(file.path):") && "\(error)".hasSuffix("; fix the template")
        }
    }
}
