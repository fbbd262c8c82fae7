import AssessorStore
import AssessorTestSupport
import Foundation
import GRDB
import Testing

/// A file written by an older assessor (format v1: no evidence tables): every reading command
/// upgrades it in place and carries on, unless a writer holds it.
@Suite struct OlderFormatTests {
    let folder: TemporaryFolder
    let file: URL

    init() throws {
        folder = try TemporaryFolder()
        file = folder.path("acme.assessment")
        let created = try CommandRun.assessor(["new", file.path, "--org", "Acme", "--standards", "iso42001", "--employees", "40"])
        #expect(created.status == 0, "\(created.error)")
    }

    /// Turns the file back into format v1, as the first release wrote it.
    private func downgradeToV1() throws {
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { db in
            for table in ["evidence_removal", "evidence_suggestion", "evidence_match", "evidence_item"] { try db.drop(table: table) }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier NOT LIKE 'v1:%'")
        }
        try queue.close()
    }

    private func migrations() throws -> [String] {
        let queue = try DatabaseQueue(path: file.path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
    }

    @Test func everyReadingCommandUpgradesItAndCarriesOn() throws {
        let report = folder.path("acme.md").path
        let commands = [
            ["status"], ["history"], ["score"], ["estimate"], ["report", "--format", "md", "--output", report], ["evidence"],
        ]
        for command in commands {
            try downgradeToV1()
            #expect(try migrations().count == 1)
            let run = try CommandRun.assessor([command[0], file.path] + command.dropFirst())
            #expect(run.status == 0, "\(command[0]): \(run.error)")
            #expect(try migrations().count == 4, "\(command[0]) upgraded the file")
            #expect(try AssessmentStore.open(at: file, exclusive: true).isReadOnly == false, "the lock was let go")
        }
        #expect(try CommandRun.assessor(["status", file.path]).output.contains("1/12"), "the answer of 'new' is still there")
    }

    @Test func aWriterHoldingItIsNamedAndTheFileIsLeftAlone() throws {
        try downgradeToV1()
        let before = try Data(contentsOf: file)
        do {
            let lock = try AssessmentLock.acquire(for: file)
            let run = try CommandRun.assessor(["status", file.path])
            #expect(run.status == 1)
            #expect(run.error == "Error: \(file.path) uses an older format and \(LockHolder.of(pid: getpid()).description) has it open; "
                    + "read it again once that has ended, which lets this assessor upgrade it\n")
            #expect(try Data(contentsOf: file) == before && migrations().count == 1)
            _ = lock
        }
        #expect(try CommandRun.assessor(["status", file.path]).status == 0)
    }

    @Test(.enabled(if: getuid() != 0, "root may write anywhere, so the file cannot be made unwritable"))
    func anUnwritableFileIsRefusedWithWhatToDo() throws {
        try downgradeToV1()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        let run = try CommandRun.assessor(["status", file.path])
        #expect(run.status == 1)
        #expect(run.error.contains("uses an older format and cannot be upgraded here, because it or its folder is not writable"))
    }
}
