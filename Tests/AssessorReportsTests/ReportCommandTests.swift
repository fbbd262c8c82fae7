import AssessorCore
import AssessorReportFixtures
import AssessorReports
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// `assessor report FILE` through the real binary, on an assessment file made with the store.
@Suite struct ReportCommandTests {
    /// An ISO/IEC 27001 and 42001 assessment of an AI user: a few answers, one exclusion, one evidence document.
    static func assessment(in folder: TemporaryFolder) throws -> URL {
        let file = folder.path("acme.assessment")
        let store = try AssessmentStore.create(at: file, profile: AssessmentProfile(
            organisation: "Acme <b>Labs</b>", standards: ["iso27001", "iso42001"], createdBy: "test"))
        let answers = [
            Answer(questionID: "scope.ai_role", value: .choices(["user"])),
            Answer(questionID: "iso27001.A.5.1.q1", value: .conformity(.partially), note: "=HYPERLINK(\"http://x\")"),
            Answer(questionID: "iso27001.A.7.9.q1", value: .notApplicable, justification: "No equipment leaves the premises."),
        ]
        for answer in answers { try store.record(answer, by: "test") }
        let outcome = try store.addEvidence(EvidenceItem(
            contentHash: "abc", path: "/evidence/policy.docx", format: .docx, size: 10, title: "Information security policy",
            reviewDate: Date(), text: "policy"))
        try store.decide(evidence: outcome.id, requirement: RequirementReference("iso27001:A.5.1")!, status: .accepted, by: "test")
        return file
    }

    @Test func writesEveryFormatFromAnAssessmentFile() throws {
        let folder = try TemporaryFolder()
        let file = try Self.assessment(in: folder)
        for format in ReportFormat.allCases {
            let run = try CommandRun.assessor(["report", file.path, "--format", format.rawValue])
            #expect(run.status == 0, "\(format): \(run.error)")
            let name = format == .csv ? "acme-report-csv" : "acme-report.\(format.rawValue)"
            #expect(run.output.hasPrefix("Wrote \(folder.path(name).path): \(format.rawValue), 6 sections, "))
            #expect(FileManager.default.fileExists(atPath: folder.path(name).path))
        }
        let model = try JSONDecoder().decode(ReportModel.self, from: Data(contentsOf: folder.path("acme-report.json")))
        #expect(model.organisation == "Acme <b>Labs</b>" && model.standards.map(\.id) == ["iso27001", "iso42001"])
        #expect(model.statementOfApplicability.count == 93 + 38)
        let excluded = try #require(model.statementOfApplicability.first { $0.control == "A.7.9" })
        #expect(!excluded.applicable && excluded.justification == "No equipment leaves the premises.")
        let policy = try #require(model.statementOfApplicability.first { $0.control == "A.5.1" && $0.standard == "iso27001" })
        #expect(policy.evidence == ["Information security policy (rev 1)"] && policy.status == .partiallyImplemented)
        #expect(model.evidenceRegister.map(\.supports) == [["iso27001:A.5.1"]])
        let summary = try #require(model.summary)
        #expect(summary.verdict.level == "not-ready" && summary.coverage.answered == 3)
        #expect(summary.coverage.caveat?.hasPrefix("Estimate from 1% of the answers") == true, "\(summary.coverage)")
    }

    @Test func writesChosenSectionsToStandardOutput() throws {
        let folder = try TemporaryFolder()
        let file = try Self.assessment(in: folder)
        let run = try CommandRun.assessor(["report", file.path, "--format", "md", "--sections", "soa,evidence", "--output", "-"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("# Certification readiness: Acme \\<b\\>Labs\\</b\\>\n"))
        #expect(run.output.contains("## Statement of Applicability") && run.output.contains("## Evidence register"))
        #expect(!run.output.contains("## Gap analysis") && !run.output.contains("## Executive summary"))
    }

    @Test func explainsMistakesInOneLine() throws {
        let folder = try TemporaryFolder()
        let missing = try CommandRun.assessor(["report", folder.path("none.assessment").path])
        #expect(missing.status == 1)
        #expect(missing.error == "Error: \(folder.path("none.assessment").path) does not exist; create it with "
                + "'assessor new \(folder.path("none.assessment").path) --org NAME --standards ...'\n")
        let file = try Self.assessment(in: folder)
        let sections = try CommandRun.assessor(["report", file.path, "--sections", "soa,budget"])
        #expect(sections.status == 64)
        #expect(sections.error.contains("Please fix --sections: 'budget' is not a report section"))
        let binary = try CommandRun.assessor(["report", file.path, "--format", "docx", "--output", "-"])
        #expect(binary.status == 64 && binary.error.contains("docx cannot go to standard output"))
        let template = try CommandRun.assessor(["report", file.path, "--template", folder.path("nowhere").path])
        #expect(template.status == 64 && template.error.contains("is not one"))
        let currency = try CommandRun.assessor(["report", file.path, "--currency", "XYZ"])
        #expect(currency.status == 1 && currency.error.contains("the cost profile has no rates for 'XYZ'"), "\(currency.error)")
        let team = try CommandRun.assessor(["report", file.path, "--fte", "0"])
        #expect(team.status == 64 && team.error.contains("Please give --fte from 0.05 to 1,000"))
    }
}
