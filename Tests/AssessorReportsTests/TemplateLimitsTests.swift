import AssessorReports
import AssessorTestSupport
import Foundation
import Testing

/// A template folder is input from elsewhere: it cannot recurse, nest or repeat without end, read
/// files outside itself, or make the report block on a FIFO. Each is one line naming the file.
@Suite struct TemplateLimitsTests {
    static let repro = BuiltProducts.shared.appendingPathComponent("reliability/repros/template_recursive_partial")

    private func refusal(_ folder: URL, format: ReportFormat = .md) async throws -> String {
        let model = try await Fixtures.rich
        do {
            _ = try format.writer.render(model, options: ReportOptions(templateFolder: folder))
            return "rendered"
        } catch {
            return error.description
        }
    }

    @Test func aSelfIncludingPartialIsOneLine() async throws {
        let folder = try TemporaryFolder()
        try folder.write("markdown-report.mustache", "L {{> letterhead}}")
        let letterhead = try folder.write("letterhead.mustache", "A {{> letterhead}}")
        #expect(try await refusal(folder.url) == "\(letterhead.path): the partial 'letterhead' includes itself "
                + "(letterhead > letterhead); remove the inclusion that closes the loop")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: repro.path), "needs ../shared/reliability/repros"))
    func theReproducedRecursiveTemplateIsOneLine() async throws {
        #expect(try await refusal(Self.repro).hasSuffix("includes itself (letterhead > letterhead); remove the inclusion that closes the loop"))
    }

    @Test func deepOrExplodingPartialsAndDynamicOnesAreRefused() async throws {
        let deep = try TemporaryFolder()
        try deep.write("markdown-report.mustache", "{{> p0}}")
        for level in 0..<30 { try deep.write("p\(level).mustache", "{{> p\(level + 1)}}{{> p\(level + 1)}}") }
        #expect(try await refusal(deep.url).contains("partials nest more than 8 levels deep (markdown-report > p0 > p1"))
        let wide = try TemporaryFolder()
        try wide.write("markdown-report.mustache", "{{> p0}}")
        try wide.write("p7.mustache", String(repeating: "x", count: 100_000))
        for level in 0..<7 { try wide.write("p\(level).mustache", String(repeating: "{{> p\(level + 1)}}", count: 4)) }
        #expect(try await refusal(wide.url).contains("expands to more than 8 MB through its partials"))
        let dynamic = try TemporaryFolder()
        try dynamic.write("markdown-report.mustache", "{{=<% %>=}}<%>*organisation%>")
        #expect(try await refusal(dynamic.url).contains("dynamic partials ({{>*name}}) are not supported"))
    }

    @Test func aTemplateLeadingOutsideItsFolderOrThatIsAFIFOIsRefused() async throws {
        let folder = try TemporaryFolder()
        try folder.write("markdown-report.mustache", "{{> letterhead}}")
        let secret = try TemporaryFolder().write("secret.txt", "password")
        let link = folder.path("letterhead.mustache")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: secret)
        #expect(try await refusal(folder.url) == "\(link.path) leads outside the template folder \(folder.url.path); "
                + "copy the template into the folder instead of linking to it")
        try FileManager.default.removeItem(at: link)
        #expect(mkfifo(link.path, 0o600) == 0)
        #expect(try await refusal(folder.url) == "\(link.path) is a named pipe (FIFO), not a regular file; a template is a text file")
    }

    @Test func aListNestedInItselfStopsAtTheIterationLimit() async throws {
        let folder = try TemporaryFolder()
        try folder.write("markdown-report.mustache", "{{#gaps.rows}}{{#gaps.rows}}{{#gaps.rows}}{{title}}{{/gaps.rows}}{{/gaps.rows}}{{/gaps.rows}}")
        #expect(try await refusal(folder.url) == "the template markdown-report repeats its sections more than 200000 times "
                + "(a list inside itself?); simplify the template")
    }
}
