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

/// Numbers read plainly in the raw Markdown; only a number that would start an ordered list is escaped.
@Suite struct MarkdownNumberTests {
    static let plain = ["184.6", "184.6 days", "1.5", "12.5%", "2024-05-01", "EUR 24,000", "v1.2. next", "1234567890. not a list"]

    @Test(arguments: plain)
    func numbersThatCannotStartAListStayAsTheyAre(text: String) {
        #expect(MarkdownEscaper().escape(text) == text)
    }

    @Test func theRichReportHasNoEscapedDotAfterADigit() async throws {
        let markdown = try Fixtures.text(.md, try await Fixtures.rich)
        #expect(markdown.contains("| 4 Context of the organization |"))
        #expect(!markdown.contains(#/[0-9]\\\./#), "no 184\\.6 in the raw file")
    }

    @Test(.enabled(if: ExternalTool.markdownPython != nil, .init(rawValue: ExternalTool.markdownMissing)))
    func escapedListMarkersStayParagraphs() throws {
        let values = ["1. first", "  12. twelfth", "2024.", "3) third", "184.6 days"]
        let html = try MarkdownReportTests.render(values.map(MarkdownEscaper().escape).joined(separator: "\n\n"))
        #expect(!html.contains("<ol") && !html.contains("<li"), "no list: \(html)")
        for text in ["1. first", "12. twelfth", "2024.", "3) third", "184.6 days"] { #expect(html.contains("<p>\(text)</p>")) }
    }
}
