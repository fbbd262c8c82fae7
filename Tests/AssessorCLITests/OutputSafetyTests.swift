import AssessorTestSupport
import Foundation
import Testing

/// `report --output` writes only to a regular file or a new path, and never over the assessment
/// or its side files, whatever links lead there; a CSV folder is replaced whole.
@Suite struct OutputSafetyTests {
    let folder: TemporaryFolder
    let assessment: String

    init() throws {
        folder = try TemporaryFolder()
        assessment = try folder.newAssessment()
        #expect(try CommandRun.assessor(["answer", assessment, "hs.4.1.q1", "largely"]).status == 0)
    }

    private func report(_ output: String, format: String = "md", sections: String = "all") throws -> CommandRun {
        try CommandRun.assessor(["report", assessment, "--format", format, "--sections", sections, "--output", output])
    }

    @Test func aDeviceOrAFIFOIsRefusedAtOnceAndLeftAsItWas() throws {
        let fifo = folder.path("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var outputs = [(fifo, "a named pipe (FIFO)")]
        let device = folder.path("null").path
        // Major 1, minor 3, like /dev/null; only root may make one.
        if mknod(device, S_IFCHR | 0o666, 0x103) == 0 { outputs.append((device, "a character device")) }
        for (output, kind) in outputs {
            let run = try report(output)
            #expect(run.status == 1)
            #expect(run.error == "Error: \(output) is \(kind), not a file that can be written; give --output another path\n")
        }
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
    }

    @Test func theAssessmentsWALThroughALinkedFolderIsRefusedAndTheAnswersStay() throws {
        let via = folder.path("viadir")
        try FileManager.default.createSymbolicLink(atPath: via.path, withDestinationPath: folder.url.path)
        for name in ["acme.assessment-wal", "acme.assessment-shm", "acme.assessment.lock", "acme.assessment-journal"] {
            let run = try report(via.appendingPathComponent(name).path)
            #expect(run.status == 1)
            #expect(run.error.hasSuffix("is part of the assessment acme.assessment; give --output another path\n"), "\(run.error)")
        }
        let link = folder.path("link.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: assessment)
        #expect(try report(link.path).error.contains("is an assessment file, which the report would replace"))
        let history = try CommandRun.assessor(["history", assessment])
        #expect(history.status == 0 && history.output.contains("hs.4.1.q1"), "the answer is still there")
    }

    @Test func aLinkToAFileIsFollowedAndKept() throws {
        let target = try folder.write("target.md", "old")
        let link = folder.path("report.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        #expect(try report(link.path).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path, "the link stays a link")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("Acme"))
    }

    @Test func aCSVFolderIsReplacedWholeAndAFolderOfOtherFilesIsRefused() throws {
        let tables = folder.path("tables").path
        #expect(try report(tables, format: "csv").status == 0)
        let full = try FileManager.default.contentsOfDirectory(atPath: tables)
        #expect(full.contains("gap-analysis.csv"))
        #expect(try report(tables, format: "csv", sections: "summary").status == 0)
        let summary = try FileManager.default.contentsOfDirectory(atPath: tables)
        #expect(!summary.contains("gap-analysis.csv") && summary.allSatisfy(full.contains), "no stale table left: \(summary)")
        try folder.write("mixed/notes.txt", "keep me")
        let run = try report(folder.path("mixed").path, format: "csv")
        #expect(run.status == 1 && run.error.contains("holds files other than csv files, which replacing it would delete"))
        #expect(try String(contentsOf: folder.path("mixed/notes.txt"), encoding: .utf8) == "keep me")
    }
}
