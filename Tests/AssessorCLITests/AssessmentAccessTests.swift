import AssessorTestSupport
import Foundation
import Testing

/// How an assessment is opened: a FIFO is refused at once, every name of the file shares the
/// writer's lock, and a file on read-only media can be read without writing anything.
@Suite struct AssessmentAccessTests {
    let folder: TemporaryFolder
    let assessment: String

    init() throws {
        folder = try TemporaryFolder()
        assessment = try folder.newAssessment()
    }

    @Test func aFIFOAsTheAssessmentIsOneLineAtOnce() throws {
        let fifo = folder.path("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for command in ["status", "history", "answer", "report"] {
            let arguments = [command, fifo] + (command == "answer" ? ["scope.sites", "2"] : [])
            let running = try RunningCommand.assessor(arguments)
            let deadline = Date().addingTimeInterval(20)
            while running.process.isRunning, Date() < deadline { usleep(10_000) }
            if running.process.isRunning { running.kill() }
            let run = running.wait()
            #expect(run.status == 1 && !run.signalled, "\(command) did not block")
            #expect(run.error == "Error: \(fifo) is a named pipe (FIFO), not an assessment file; give the path of the assessment file itself\n")
        }
    }

    @Test func twoWritersThroughASymbolicLinkAreOneAtATime() throws {
        let link = folder.path("link.assessment").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: assessment)
        let interview = try RunningCommand.assessor(["interview", link])
        #expect(interview.waitForOutput(containing: "> "))
        for name in [assessment, link] {
            let run = try CommandRun.assessor(["answer", name, "scope.sites", "2"])
            #expect(run.status == 1)
            #expect(run.error.contains("is locked by `assessor interview` (pid \(interview.pid)); finish or quit it first"), "\(run.error)")
        }
        try interview.type(":quit\n")
        #expect(interview.wait().status == 0)
        #expect(try CommandRun.assessor(["answer", link, "scope.sites", "2"]).status == 0, "the lock went with the interview")
    }

    @Test func aPluginNamedAuditorCannotStandInForTheBundledOne() throws {
        try CPlugin.build(CPlugin.source(describe: #"{"schemaVersion":1,"id":"auditor","name":"Fake","version":"9","summary":"x"}"#),
                          name: "fake", in: folder.url)
        let listing = try CommandRun.assessor(["plugins", "--plugins", folder.url.path])
        #expect(listing.status == 1)
        #expect(listing.output.contains("declares the id 'auditor', which belongs to the scorer bundled with assessor"))
        let score = try CommandRun.assessor(["score", assessment, "--scorer", "auditor", "--plugins", folder.url.path, "--json"])
        #expect(score.status == 0 && score.output.contains("\"version\" : \"1.1.0\""), "the bundled auditor scored: \(score.output)")
    }

    /// A read-only bind mount of the assessment's folder (root only, where `mount` is allowed).
    static let canMount: Bool = {
        guard getuid() == 0, let folder = try? TemporaryFolder() else { return false }
        let mountPoint = folder.path("ro")
        try? FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mounted = (try? CommandRun.run(URL(fileURLWithPath: "/bin/mount"), ["--bind", "-o", "ro", folder.url.path, mountPoint.path]))?.status == 0
        if mounted { _ = try? CommandRun.run(URL(fileURLWithPath: "/bin/umount"), [mountPoint.path]) }
        return mounted
    }()

    @Test(.enabled(if: canMount, "needs root and a read-only bind mount"))
    func anAssessmentOnReadOnlyMediaIsReadAndNothingIsWritten() throws {
        #expect(try CommandRun.assessor(["answer", assessment, "hs.4.1.q1", "largely"]).status == 0)
        let media = folder.path("media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        let mount = try CommandRun.run(URL(fileURLWithPath: "/bin/mount"), ["--bind", "-o", "ro", folder.url.path, media.path])
        #expect(mount.status == 0, "\(mount.error)")
        defer { _ = try? CommandRun.run(URL(fileURLWithPath: "/bin/umount"), [media.path]) }
        let file = media.appendingPathComponent("acme.assessment").path
        let before = try FileManager.default.contentsOfDirectory(atPath: media.path).sorted()
        let output = try TemporaryFolder()
        for arguments in [["status", file], ["score", file], ["report", file, "--format", "md", "--output", output.path("r.md").path]] {
            let run = try CommandRun.assessor(arguments)
            #expect(run.status == 0, "\(arguments[0]): \(run.error)")
        }
        #expect(try CommandRun.assessor(["status", file]).output.contains("1/9"), "the answer reads back")
        #expect(try FileManager.default.contentsOfDirectory(atPath: media.path).sorted() == before, "nothing left beside it")
        let writer = try CommandRun.assessor(["answer", file, "scope.sites", "2"])
        #expect(writer.status == 1, "a writer is refused: \(writer.output)")
    }
}
