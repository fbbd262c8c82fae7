import AssessorTestSupport
import Foundation
import Testing

/// `assessor demo`, `score` and `estimate` through the built binary.
@Suite struct ScoreAndEstimateCommandTests {
    private func demo(_ folder: TemporaryFolder, _ arguments: [String] = []) throws -> String {
        let file = folder.path("acme.assessment").path
        let run = try CommandRun.assessor(["demo", file] + arguments)
        #expect(run.status == 0, "\(run.error)")
        return file
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func scorePrintsTheVerdictAndATablePerStandard() throws {
        let folder = try TemporaryFolder()
        let file = try demo(folder)
        let run = try CommandRun.assessor(["score", file])
        #expect(run.status == 0, "\(run.error)")
        for expected in ["Verdict: ", "Answered: 272 of 272 questions asked (100%)", "STANDARD", "ISO/IEC 42001", "ISO 9001",
                         "Overall", "by clause and Annex A theme", "Stage 1 blockers", "Likely major nonconformities"] {
            #expect(run.output.contains(expected), "missing '\(expected)'")
        }
        let auditor = try CommandRun.assessor(["score", file, "--scorer", "auditor"])
        #expect(auditor.status == 0 && auditor.output.contains("auditor's view (auditor"), "\(auditor.error)")
    }

    @Test func scoreJSONIsVersionedAndStable() throws {
        let folder = try TemporaryFolder()
        let file = try demo(folder)
        let first = try CommandRun.assessor(["score", file, "--json"]), second = try CommandRun.assessor(["score", file, "--json"])
        #expect(first.status == 0 && first.output == second.output)
        let document = try json(first.output)
        #expect(document["schemaVersion"] as? Int == 1 && document["kind"] as? String == "readiness")
        let readiness = try #require(document["readiness"] as? [String: Any])
        let verdict = try #require(readiness["verdict"] as? [String: Any])
        #expect(["not-ready", "stage1-once-blockers-closed", "ready-for-stage1", "ready-for-stage2"].contains(verdict["level"] as? String))
        #expect((readiness["requirements"] as? [Any])?.count == 250)
    }

    @Test func anUnknownScorerListsTheAvailableOnes() throws {
        let folder = try TemporaryFolder()
        let run = try CommandRun.assessor(["score", try demo(folder, ["--standards", "iso9001"]), "--scorer", "nope"])
        #expect(run.status == 1)
        #expect(run.error.contains("no scorer 'nope'; available: builtin, auditor"), "\(run.error)")
    }

    @Test func estimatePrintsEffortAuditDaysCostTimelineAndAssumptions() throws {
        let folder = try TemporaryFolder()
        let file = try demo(folder)
        let run = try CommandRun.assessor(["estimate", file, "--fte", "2", "--currency", "GBP"])
        #expect(run.status == 0, "\(run.error)")
        for expected in ["Effort to close the gaps", "Shared work saves", "Audit days over the 3-year cycle",
                         "IAF MD 5 Table QMS 1 (86-125)", "IAF MD 11, partial: up to -10%", "ISO/IEC 42006 AIMS audit time by AI role",
                         "IAF MD 11 on each visit's combined time: initial audit", "Low to high:",
                         "Cost in GBP", "Timeline at 2 FTE", "Checks against commonly quoted figures", "[PUBLISHED]", "[ESTIMATE]"] {
            #expect(run.output.contains(expected), "missing '\(expected)'")
        }
    }

    @Test func estimateJSONIsVersionedAndStable() throws {
        let folder = try TemporaryFolder()
        let file = try demo(folder)
        let first = try CommandRun.assessor(["estimate", file, "--json"]), second = try CommandRun.assessor(["estimate", file, "--json"])
        #expect(first.status == 0 && first.output == second.output, "\(first.error)")
        let document = try json(first.output)
        #expect(document["schemaVersion"] as? Int == 1 && document["kind"] as? String == "estimate")
        let estimate = try #require(document["estimate"] as? [String: Any])
        let audit = try #require(estimate["auditTime"] as? [String: Any])
        #expect(audit["reduction"] as? Double == 0.1 && (audit["standards"] as? [Any])?.count == 3)
        #expect((estimate["cost"] as? [String: Any])?["currency"] as? String == "USD")
    }

    @Test func everyJSONKeyIsDocumented() throws {
        let folder = try TemporaryFolder()
        let file = try demo(folder)
        let article = try String(contentsOf: BuiltProducts.repository
            .appendingPathComponent("Sources/AssessorEstimate/AssessorEstimate.docc/JSONOutput.md"), encoding: .utf8)
        var keys = Set<String>()
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    if !key.hasPrefix("iso") { keys.insert(key) }
                    collect(child)
                }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        for command in ["score", "estimate"] {
            collect(try json(try CommandRun.assessor([command, file, "--json"]).output))
        }
        let undocumented = keys.filter { article.range(of: "(?<![A-Za-z])\($0)(?![A-Za-z])", options: .regularExpression) == nil }
            .sorted()
        #expect(undocumented.isEmpty, "not in JSONOutput.md: \(undocumented)")
    }

    @Test func mistakesAreOneLineAndExitOne() throws {
        let folder = try TemporaryFolder()
        let file = try demo(folder, ["--standards", "iso42001", "--employees", "40"])
        let again = try CommandRun.assessor(["demo", file])
        #expect(again.status == 1 && again.error.contains("already exists"))
        let currency = try CommandRun.assessor(["estimate", file, "--currency", "JPY"])
        #expect(currency.status == 1 && currency.error.contains("no rates for 'JPY'; use one of EUR, GBP, USD"))
        let profile = try folder.write("quote.yaml", "schema_version: 1\nprofile: {name: Quote, description: A}\naudit_time: [\n")
        let broken = try CommandRun.assessor(["estimate", file, "--profile", profile.path])
        #expect(broken.status == 1 && broken.error.contains("\(profile.path):4:1: error: not valid YAML"), "\(broken.error)")
        let missing = try CommandRun.assessor(["score", folder.path("none.assessment").path])
        #expect(missing.status == 1 && missing.error.contains("none.assessment"))
        let usage = try CommandRun.assessor(["estimate", file, "--fte", "0"])
        #expect(usage.status == 64 && usage.error.contains("--fte from 0.05 to 1,000"))
        let huge = try CommandRun.assessor(["estimate", file, "--fte", "1e20"])
        #expect(huge.status == 64 && huge.error.contains("--fte from 0.05 to 1,000"), "\(huge.error)")
    }

    @Test func demoTakesItsSitesFromTheOptionOnly() throws {
        let folder = try TemporaryFolder()
        let large = try demo(folder, ["--standards", "iso9001", "--employees", "2000"])
        let one = try json(try CommandRun.assessor(["estimate", large, "--json"]).output)
        #expect(((one["estimate"] as? [String: Any])?["scope"] as? [String: Any])?["sites"] as? Int == 1)
        let spread = folder.path("spread.assessment").path
        #expect(try CommandRun.assessor(["demo", spread, "--standards", "iso9001", "--sites", "9"]).output.contains("9 sites"))
        let text = try CommandRun.assessor(["estimate", spread]).output
        #expect(text.contains("120 people, 9 sites") && text.contains("9 sites: 3 sampled at the initial audit"), "\(text)")
    }

    @Test func aCopiedProfileWithARealQuoteChangesTheFigures() throws {
        let folder = try TemporaryFolder()
        let file = try demo(folder, ["--standards", "iso9001", "--employees", "30"])
        let printed = try CommandRun.assessor(["estimate", "--print-profile"])
        #expect(printed.status == 0 && printed.output.hasPrefix("# assessor's default cost profile"))
        let quote = try folder.write("quote.yaml", printed.output.replacingOccurrences(
            of: "auditor_day_rate: {low: 1200, likely: 1800, high: 2500",
            with: "auditor_day_rate: {low: 1000, likely: 1000, high: 1000"))
        let run = try CommandRun.assessor(["estimate", file, "--profile", quote.path, "--json"])
        let estimate = try #require(try json(run.output)["estimate"] as? [String: Any])
        let lines = try #require((estimate["cost"] as? [String: Any])?["lines"] as? [[String: Any]])
        let audits = try #require(lines.first { $0["id"] as? String == "audits" }?["toCertificate"] as? [String: Any])
        #expect(audits["likely"] as? Double == 4_000, "4 auditor-days (QMS 26-45) at the quoted 1,000")
    }
}
