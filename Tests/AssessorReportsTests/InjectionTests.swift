import AssessorReportFixtures
import AssessorReports
import AssessorTestSupport
import Foundation
import Testing

/// HTML, Markdown and formula payloads in the organisation's name, notes, justifications and
/// evidence titles come out inert in every format.
@Suite struct InjectionTests {
    static let formula = "=cmd|' /C calc'!A0"
    /// The payload as text in XML, escaped by libxml2 (which leaves `'` as it is in text).
    static let payloadInXML = "=cmd|' /C calc'!A0 &lt;script&gt;alert(1)&lt;/script&gt; [click](javascript:alert(1)) **bold** | pipe"

    @Test func theFixtureCarriesThePayloadEverywhere() async throws {
        let model = try await Fixtures.injected
        #expect(model.organisation.contains("<script>"))
        #expect(model.gapAnalysis.contains { $0.note.hasPrefix(Self.formula) })
        #expect(model.evidenceRegister.allSatisfy { $0.document.hasPrefix(Self.formula) })
        #expect(model.statementOfApplicability.contains { $0.justification.contains("](javascript:") })
    }

    @Test func html() async throws {
        let html = try Fixtures.text(.html, try await Fixtures.injected)
        #expect(!html.contains("<script") && !html.contains("href=\"javascript"))
        #expect(html.contains("Northwind =cmd|&#39; /C calc&#39;!A0 &lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func markdown() async throws {
        let markdown = try Fixtures.text(.md, try await Fixtures.injected)
        #expect(!markdown.contains("<script>") && !markdown.contains("](javascript:"))
        #expect(markdown.contains(#"\<script\>alert\(1\)\</script\> \[click\]\(javascript:alert\(1\)\) \*\*bold\*\* \| pipe"#))
        if ExternalTool.markdownPython != nil {
            let html = try MarkdownReportTests.render(markdown)
            #expect(!html.contains("<script") && !html.contains("href=\"javascript") && !html.contains("<strong>bold"))
        }
    }

    @Test func json() async throws {
        let model = try await Fixtures.injected
        let decoded = try JSONDecoder().decode(ReportModel.self, from: try Fixtures.file(.json, model))
        #expect(decoded.organisation == model.organisation, "JSON escaping keeps the text exactly")
    }

    @Test(.enabled(if: ExternalTool.python != nil, .init(rawValue: ExternalTool.pythonMissing)))
    func csv() async throws {
        let model = try await Fixtures.injected
        let tables = try CsvReportTests.read(try Fixtures.csvFiles(model))
        let cells = tables.values.flatMap { $0.flatMap { $0 } }
        let risky: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
        #expect(cells.allSatisfy { $0.first.map { !risky.contains($0) } ?? true }, "no cell starts like a formula")
        #expect(cells.contains("'" + model.evidenceRegister[0].document))
        let notes = try #require(tables["gap-analysis.csv"]).dropFirst().map { $0[5] }
        #expect(notes.contains { $0.hasPrefix("'\(Self.formula)") })
    }

    @Test func docx() async throws {
        let parts = try OfficeParts.read(try Fixtures.file(.docx, try await Fixtures.injected))
        let document = try #require(parts["word/document.xml"])
        #expect(!document.contains("<script>") && document.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(try #require(parts["docProps/core.xml"]).contains("<dc:title>Certification readiness: Northwind \(Self.payloadInXML)</dc:title>"))
    }

    @Test func xlsx() async throws {
        let model = try await Fixtures.injected
        let parts = try OfficeParts.read(try Fixtures.file(.xlsx, model))
        let sheets = parts.filter { $0.key.hasPrefix("xl/worksheets/") }.values
        #expect(sheets.allSatisfy { !$0.contains("<f>") && !$0.contains("<f ") }, "no formulas at all")
        #expect(sheets.allSatisfy { !$0.contains("<script>") })
        let register = try #require(parts["xl/worksheets/sheet4.xml"])
        #expect(register.contains("<c r=\"A2\" s=\"7\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Self.payloadInXML)"),
                "text starting with = is a quote-prefixed string")
    }

    @Test func theOrganisationIsEscapedInTheSummaryOfEveryFormat() async throws {
        let model = try await Fixtures.injected
        let organisation = model.organisation
        #expect(model.summary != nil && model.costEstimate != nil, "the estimate sections are filled")
        let html = try Fixtures.text(.html, model)
        let htmlSummary = try #require(Self.between(html, "id=\"summary\"", "</section>"))
        #expect(htmlSummary.contains("<dt>Organisation</dt><dd>\(HtmlEscaper().escape(organisation))</dd>"))
        #expect(htmlSummary.contains("class=\"verdict") && !htmlSummary.contains("<script"))
        let markdown = try Fixtures.text(.md, model)
        let markdownSummary = try #require(Self.between(markdown, "## Executive summary", "\n## "))
        #expect(markdownSummary.contains("| Organisation | \(MarkdownEscaper().escape(organisation)) |"))
        let docx = try #require(try OfficeParts.read(try Fixtures.file(.docx, model))["word/document.xml"])
        let docxSummary = try #require(Self.between(docx, ">Executive summary<", "Heading1"))
        #expect(docxSummary.contains(">Organisation<") && docxSummary.contains(">Northwind \(Self.payloadInXML)<"))
        #expect(!docxSummary.contains("<script>"))
        let summarySheet = try #require(try OfficeParts.read(try Fixtures.file(.xlsx, model))["xl/worksheets/sheet1.xml"])
        #expect(summarySheet.contains("<t xml:space=\"preserve\">Northwind \(Self.payloadInXML)</t>"))
        if ExternalTool.python != nil {
            let figures = try #require(try CsvReportTests.read(try Fixtures.csvFiles(model))["summary.csv"])
            #expect(figures.contains(["Organisation", organisation]), "CSV quoting keeps the text exactly")
        }
    }

    /// The text from the first `start` to the next `end` after it.
    static func between(_ text: String, _ start: String, _ end: String) -> Substring? {
        guard let from = text.range(of: start) else { return nil }
        let to = text.range(of: end, range: from.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
        return text[from.lowerBound..<to]
    }

    @Test func escapersNeutraliseEachPayload() {
        let markdown = MarkdownEscaper()
        #expect(markdown.escape("[x](javascript:alert(1))") == #"\[x\]\(javascript:alert\(1\)\)"#)
        #expect(markdown.escape("# not a heading\n- nor a list") == ##"\# not a heading - nor a list"##, "a line break becomes a space")
        #expect(markdown.escape("1. first") == #"1\. first"#)
        #expect(markdown.escape("  12. twelfth") == #"  12\. twelfth"#, "indented up to a code block, still a list")
        #expect(markdown.escape("2024.") == #"2024\."#, "an empty list item")
        #expect(markdown.escape("3) third") == #"3\) third"#)
        #expect(markdown.escape("- item") == #"\- item"#)
        #expect(markdown.escape("a | b & <i>") == #"a \| b \& \<i\>"#)
        #expect(HtmlEscaper().escape("a\u{1}b<\"'&") == "ab&lt;&quot;&#39;&amp;")
    }
}
