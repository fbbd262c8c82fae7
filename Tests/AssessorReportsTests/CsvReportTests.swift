import AssessorReports
import AssessorTestSupport
import Foundation
import Testing

/// A folder of RFC 4180 files, read back by Python's csv module.
@Suite struct CsvReportTests {
    @Test func writesOneTablePerFile() async throws {
        let files = try Fixtures.csvFiles(try await Fixtures.rich)
        #expect(Set(files.keys) == [
            "summary.csv", "readiness.csv", "likely-findings.csv", "blockers.csv", "timeline.csv", "gap-analysis.csv",
            "statement-of-applicability.csv", "evidence-register.csv", "action-plan.csv", "cost-estimate.csv",
            "cost-assumptions.csv",
        ])
        for (name, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n\n"), "\(name)")
        }
    }

    @Test(.enabled(if: ExternalTool.python != nil, .init(rawValue: ExternalTool.pythonMissing)))
    func pythonReadsBackTheSameRows() async throws {
        let model = try await Fixtures.rich
        let rows = try Self.read(try Fixtures.csvFiles(model))
        let gaps = try #require(rows["gap-analysis.csv"])
        #expect(gaps.first == ["Standard", "Requirement", "Title", "Section", "Answer", "Note", "Score (%)", "Severity",
                               "Finding", "Recommended action", "Evidence items"])
        #expect(gaps.dropFirst().map { $0[1] } == model.gapAnalysis.map(\.requirement))
        #expect(gaps.dropFirst().map { $0[2] } == model.gapAnalysis.map(\.title))
        #expect(gaps.dropFirst().map { $0[5] } == model.gapAnalysis.map(\.note))
        #expect(gaps.dropFirst().map { $0[9] } == model.gapAnalysis.map(\.recommendedAction))
        let soa = try #require(rows["statement-of-applicability.csv"])
        #expect(soa.count == 132)
        #expect(soa.dropFirst().map { $0[5] } == model.statementOfApplicability.map(\.justification))
        let register = try #require(rows["evidence-register.csv"])
        #expect(register.dropFirst().map { $0[0] } == model.evidenceRegister.map(\.document))
        #expect(register.dropFirst().map { $0[9] } == model.evidenceRegister.map { $0.supports.joined(separator: ", ") })
        #expect(try #require(rows["action-plan.csv"]).count == model.actionPlan.count + 1)
        for (name, table) in rows { #expect(Set(table.map(\.count)).count == 1, "\(name) has ragged rows") }
    }

    /// Every file as Python's csv module reads it, by file name.
    static func read(_ files: [String: Data]) throws -> [String: [[String]]] {
        let folder = try TemporaryFolder()
        for (name, data) in files { try data.write(to: folder.path(name)) }
        let script = """
            import csv, json, os, sys
            folder = sys.argv[1]
            tables = {}
            for name in sorted(os.listdir(folder)):
                with open(os.path.join(folder, name), newline='', encoding='utf-8') as f:
                    tables[name] = list(csv.reader(f, strict=True))
            json.dump(tables, sys.stdout)
            """
        let run = try ExternalTool.run(ExternalTool.python!, ["-c", script, folder.url.path])
        return try JSONDecoder().decode([String: [[String]]].self, from: Data(run.output.utf8))
    }
}
