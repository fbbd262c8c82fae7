import AssessorReports
import AssessorTestSupport
import Foundation
import Testing

/// GitHub-flavoured Markdown, rendered by a real CommonMark implementation (markdown-it).
@Suite struct MarkdownReportTests {
    @Test func holdsAHeadingAndATablePerSection() async throws {
        let model = try await Fixtures.rich
        let markdown = try Fixtures.text(.md, model)
        for section in ReportSection.allCases { #expect(markdown.contains("\n## \(section.title)\n")) }
        let gapRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ISO") && $0.hasSuffix(" |") }
        #expect(gapRows.count >= model.gapAnalysis.count)
        #expect(markdown.contains("| 4 Context of the organization |"), "readiness per clause")
    }

    @Test(.enabled(if: ExternalTool.markdownPython != nil, .init(rawValue: ExternalTool.markdownMissing)))
    func markdownItRendersTheTables() async throws {
        let model = try await Fixtures.rich
        let html = try Self.render(try Fixtures.text(.md, model))
        #expect(html.components(separatedBy: "<table>").count - 1 >= 10)
        let cells = html.components(separatedBy: "<tr>").count - 1
        #expect(cells > model.gapAnalysis.count + model.statementOfApplicability.count + model.evidenceRegister.count)
    }

    /// The Markdown as HTML, by markdown-it with tables (GitHub-flavoured).
    static func render(_ markdown: String) throws -> String {
        let script = "import sys\nfrom markdown_it import MarkdownIt\n"
            + "sys.stdout.write(MarkdownIt('commonmark').enable('table').render(sys.stdin.read()))"
        return try ExternalTool.run(ExternalTool.markdownPython!, ["-c", script], input: markdown).output
    }
}
