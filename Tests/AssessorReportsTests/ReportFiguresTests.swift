import AssessorEstimate
import AssessorReports
import AssessorTestSupport
import Foundation
import Testing

/// `assessor report` on a demo assessment carries the figures `assessor score --json` and
/// `assessor estimate --json` print for the same file and options, in every format.
@Suite struct ReportFiguresTests {
    static let options = ["--fte", "2", "--currency", "EUR"]

    /// The demo file, its score and estimate, and the report written once in every format.
    final class Demo: Sendable {
        let folder: TemporaryFolder
        let readiness: Readiness
        let estimate: Estimate

        init() throws {
            folder = try TemporaryFolder()
            let file = folder.path("demo.assessment").path
            let demo = try CommandRun.assessor(["demo", file, "--standards", "iso42001,iso27001", "--employees", "120"])
            guard demo.status == 0 else { throw ExternalTool.ToolFailure(description: demo.error) }
            let score = try CommandRun.assessor(["score", file, "--json"])
            readiness = try JSONDecoder().decode(ReadinessDocument.self, from: Data(score.output.utf8)).content
            let estimate = try CommandRun.assessor(["estimate", file, "--json"] + ReportFiguresTests.options)
            self.estimate = try JSONDecoder().decode(EstimateDocument.self, from: Data(estimate.output.utf8)).content
            for format in ReportFormat.allCases {
                let run = try CommandRun.assessor(["report", file, "--format", format.rawValue] + ReportFiguresTests.options)
                guard run.status == 0 else { throw ExternalTool.ToolFailure(description: "\(format): \(run.error)") }
            }
        }

        func file(_ name: String) throws -> Data { try Data(contentsOf: folder.path(name)) }
        func text(_ name: String) throws -> String { String(decoding: try file(name), as: UTF8.self) }
        var money: (toCertificate: String, cycle: String) {
            (DisplayFormat.money(estimate.cost.toCertificate, "EUR"), DisplayFormat.money(estimate.cost.cycle, "EUR"))
        }
    }

    static let demo = Result { try Demo() }

    @Test func jsonHoldsTheScoreAndTheEstimate() throws {
        let demo = try Self.demo.get()
        let (readiness, estimate) = (demo.readiness, demo.estimate)
        let model = try JSONDecoder().decode(ReportModel.self, from: try demo.file("demo-report.json"))
        let summary = try #require(model.summary)
        #expect(summary.verdict.statement == readiness.verdict.summary && summary.overallReadiness == readiness.overall)
        #expect(summary.readiness.map(\.readiness) == readiness.standards.map(\.summary.score))
        #expect(summary.readiness.flatMap(\.sections).map(\.readiness)
                == readiness.standards.flatMap { ($0.clauses + $0.themes).map(\.score) })
        let counts: [Int] = [summary.likelyFindings.blockers, summary.likelyFindings.majors, summary.likelyFindings.minors]
        #expect(counts == [readiness.blockers.count, readiness.likelyMajor.count, readiness.likelyMinor.count])
        #expect(summary.effort.personDays == estimate.effort.totalDays)
        #expect(summary.cost.currency == "EUR" && summary.cost.toCertificate == estimate.cost.toCertificate
                && summary.cost.cycle == estimate.cost.cycle)
        #expect(summary.timeline.fte == 2 && summary.timeline.months
                == EstimateRange(low: estimate.timeline.lowMonths, likely: estimate.timeline.months, high: estimate.timeline.highMonths))
        #expect(summary.timeline.phases.map(\.name) == estimate.timeline.phases.map(\.name))
        let lines = try #require(model.costEstimate?.lines)
        #expect(lines.map(\.toCertificate) == estimate.cost.lines.map(\.toCertificate))
        #expect(lines.map(\.assumption) == estimate.cost.lines.map(\.assumption))
        #expect(lines.map(\.status) == estimate.cost.lines.map(\.basis.status.rawValue))
        let plan = model.actionPlan
        #expect(plan.first?.severity == .blocker && zip(plan, plan.dropFirst()).allSatisfy { $0.severity <= $1.severity })
        let months = plan.compactMap(\.targetMonth)
        #expect(months.count == plan.count && plan.allSatisfy { $0.effortDays != nil } && months == months.sorted())
        #expect(months.last == summary.timeline.phases.first?.endMonth)
    }

    @Test func everyJSONKeyIsDocumented() throws {
        let demo = try Self.demo.get()
        let article = try String(contentsOf: BuiltProducts.repository
            .appendingPathComponent("Sources/AssessorReports/AssessorReports.docc/ReportJSON.md"), encoding: .utf8)
        var keys = Set<String>()
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                keys.formUnion(object.keys)
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(try JSONSerialization.jsonObject(with: try demo.file("demo-report.json")))
        #expect(keys.count > 60)
        let undocumented = keys.filter { !article.contains("`\($0)`") && !article.contains("{\($0),")
            && !article.contains(", \($0)}") && !article.contains(", \($0),") && !article.contains(", \($0):") }
        #expect(undocumented.isEmpty, "not in ReportJSON.md: \(undocumented.sorted())")
    }

    @Test func htmlAndMarkdownShowTheFigures() throws {
        let demo = try Self.demo.get()
        let statement = demo.readiness.verdict.summary
        let html = try demo.text("demo-report.html")
        for expected in [HtmlEscaper().escape(statement), demo.money.toCertificate, demo.money.cycle,
                         "\(DisplayFormat.number(demo.estimate.effort.totalDays)) person-days", "at 2 FTE",
                         "<dt>Overall readiness</dt><dd>\(DisplayFormat.percent(demo.readiness.overall))</dd>", "Month 1<"] {
            #expect(html.contains(expected), "HTML lacks \(expected)")
        }
        let markdown = try demo.text("demo-report.md")
        let escaper = MarkdownEscaper()
        for expected in ["**Verdict:** \(escaper.escape(statement))", escaper.escape(demo.money.toCertificate),
                         "| Effort to close the gaps | \(escaper.escape(DisplayFormat.number(demo.estimate.effort.totalDays))) person-days |",
                         "### Timeline at 2 FTE", "| Month 1 |"] {
            #expect(markdown.contains(expected), "Markdown lacks \(expected)")
        }
    }

    @Test func csvDocxAndXlsxShowTheFigures() throws {
        let demo = try Self.demo.get()
        let (statement, cost) = (demo.readiness.verdict.summary, demo.estimate.cost)
        let summary = try demo.text("demo-report-csv/summary.csv")
        #expect(summary.contains("Verdict,\(statement)\r\n"))
        #expect(summary.contains("Effort (person-days),\(DisplayFormat.number(demo.estimate.effort.totalDays))\r\n"))
        let total = [cost.toCertificate.low, cost.toCertificate.likely, cost.toCertificate.high, cost.cycle.low, cost.cycle.likely,
                     cost.cycle.high].map { String(Int($0)) }.joined(separator: ",")
        #expect(try demo.text("demo-report-csv/cost-estimate.csv").contains("Total,EUR,\(total),,,\r\n"))
        #expect(try demo.text("demo-report-csv/timeline.csv").hasPrefix("Phase,Months,Low,High,Ends in month,"))
        let docx = try #require(try OfficeParts.read(try demo.file("demo-report.docx"))["word/document.xml"])
        #expect(!statement.contains { "<>&\"".contains($0) }, "the verdict reads the same escaped for XML")
        for expected in [statement, demo.money.toCertificate, ">Target month<"] {
            #expect(docx.contains(expected), "DOCX lacks \(expected)")
        }
        let sheets = try OfficeParts.read(try demo.file("demo-report.xlsx"))
        #expect(try #require(sheets["xl/worksheets/sheet1.xml"]).contains(statement))
        #expect(try #require(sheets["xl/worksheets/sheet6.xml"]).contains("<v>\(cost.toCertificate.likely)</v>"))
    }
}
