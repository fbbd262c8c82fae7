import AssessorCore
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// The commands that write evidence (`import`, `evidence accept|reject`): decisions checked before
/// anything is written, the person recorded under --assessor, and the interview's lock respected.
@Suite struct EvidenceWriterTests {
    let folder: TemporaryFolder
    let assessment: URL
    let document: URL

    init() throws {
        folder = try TemporaryFolder()
        assessment = try EvidenceFixtures.assessment(in: folder, standards: ["iso27001"])
        document = try OfficeFixture.docx("backup.docx", in: folder, body: OfficeFixture.paragraph("Backups follow A.8.13 daily."))
    }

    private func matches() throws -> [String: EvidenceMatch.Status] {
        let store = try AssessmentStore.open(at: assessment, readOnly: true)
        return Dictionary(uniqueKeysWithValues: try store.evidenceMatches().map { ($0.requirement.description, $0.status) })
    }

    @Test func aDecisionOnAnUnknownRequirementOrItemIsRefusedAndWritesNothing() throws {
        #expect(try CommandRun.assessor(["import", assessment.path, document.path]).status == 0)
        let before = try matches()
        let refused: [([String], String)] = [
            (["accept", "1", "iso27001:Z.9"], "Error: no requirement iso27001:Z.9 in iso27001; ids look like iso27001:4.1; "
                + "'assessor evidence \(assessment.path)' lists each item's suggested matches\n"),
            (["accept", "1", "iso27001:A.5.91"], "Error: no requirement iso27001:A.5.91 in iso27001; did you mean iso27001:A.5.1? "
                + "'assessor evidence \(assessment.path)' lists each item's suggested matches\n"),
            (["accept", "1", "iso9001:7.5"], "Error: iso9001:7.5 is not in the scope of \(assessment.path) (its standards: "
                + "iso27001); name a requirement of one of them\n"),
            (["reject", "#7", "iso27001:A.8.13"], "Error: no evidence item '#7' in \(assessment.path); "
                + "'assessor evidence \(assessment.path)' lists them\n"),
        ]
        for (decision, message) in refused {
            let run = try CommandRun.assessor(["evidence", assessment.path] + decision)
            #expect(run.status == 1 && run.output.isEmpty, "\(decision)")
            #expect(run.error == message)
        }
        #expect(try matches() == before, "nothing written")
        #expect(!FileManager.default.fileExists(atPath: assessment.path + ".lock"))
    }

    @Test func theDeciderIsGivenWithAssessorLikeEveryOtherWriter() throws {
        #expect(try CommandRun.assessor(["import", assessment.path, document.path]).status == 0)
        let accept = try CommandRun.assessor(["evidence", assessment.path, "accept", "1", "iso27001:A.8.13", "--assessor", "Ana Silva"])
        #expect(accept.status == 0 && accept.output == "accepted #1 backup.docx for iso27001:A.8.13\n", "\(accept.error)")
        #expect(try matches()["iso27001:A.8.13"] == .accepted)
        let old = try CommandRun.assessor(["evidence", assessment.path, "reject", "1", "iso27001:A.8.13", "--by", "ana"])
        #expect(old.status == 64, "--by is gone")
        let help = try CommandRun.assessor(["evidence", "--help"]).output
        #expect(help.contains("--assessor <name>") && help.contains("(default: your login name)"), "\(help)")
    }

    @Test func importAndDecisionsAreRefusedWhileAnInterviewHoldsTheFile() throws {
        #expect(try CommandRun.assessor(["import", assessment.path, document.path]).status == 0)
        let before = try matches()
        let other = try OfficeFixture.docx("access.docx", in: folder, body: OfficeFixture.paragraph("Access control, A.5.15."))
        let holder = try AssessmentStore.open(at: assessment, exclusive: true)
        let message = "Error: \(assessment.path) is locked by \(LockHolder.of(pid: getpid()).description); finish or quit it first, "
            + "or read the file with 'assessor status' or 'assessor history'\n"
        for arguments in [["import", assessment.path, other.path], ["evidence", assessment.path, "accept", "1", "iso27001:A.5.1"]] {
            let run = try CommandRun.assessor(arguments)
            #expect(run.status == 1 && run.output.isEmpty, "\(arguments): \(run.output)")
            #expect(run.error == message)
        }
        #expect(try holder.evidence().map(\.fileName) == ["backup.docx"], "nothing imported")
        #expect(try matches() == before, "nothing decided")
        #expect(try CommandRun.assessor(["evidence", assessment.path]).status == 0, "reading needs no lock")
    }
}
