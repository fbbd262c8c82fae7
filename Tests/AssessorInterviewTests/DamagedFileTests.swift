import AssessorTestSupport
import Foundation
import GRDB
import Testing

/// Hand-edited or corrupted assessments: a value that cannot be read gives one line naming the
/// table, the row and what to do; the commands that do not read it still work; `check` lists it;
/// a damaged evidence item can be removed by its id.
@Suite struct DamagedFileTests {
    let folder: TemporaryFolder
    let file: String

    init() throws {
        folder = try TemporaryFolder()
        file = try folder.newAssessment()
        #expect(try CommandRun.assessor(["answer", file, "hs.4.1.q1", "largely"]).status == 0)
    }

    private func edit(_ sql: String) throws {
        let queue = try DatabaseQueue(path: file)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    private func oneLine(_ arguments: [String], contains text: String) throws {
        let run = try CommandRun.assessor(arguments)
        #expect(run.status == 1 && run.output.isEmpty, "\(arguments[0])")
        #expect(run.error.split(separator: "\n").count == 1 && run.error.contains(text), "\(arguments[0]): \(run.error)")
    }

    @Test func aDamagedHistoryRowStopsOnlyTheHistory() throws {
        try edit("UPDATE answer_history SET changed_at = 'garbage'")
        try oneLine(["history", file], contains: "row 1 of table answer_history (column changed_at: the value \"garbage\" is not a date) "
                    + "cannot be read; restore the file from a backup")
        #expect(try CommandRun.assessor(["status", file]).status == 0)
        #expect(try CommandRun.assessor(["score", file]).status == 0)
        let check = try CommandRun.assessor(["check", file])
        #expect(check.status == 1 && check.output.contains("row 1 of table answer_history"))
    }

    @Test func anEvidenceItemOfYear10000CanBeRemovedByItsId() throws {
        try edit("""
            INSERT INTO evidence_item (id, hash, path, format, size, title, author, modified, text, revision, imported_at)
            VALUES (7, 'abc', 'poison.docx', 'docx', 10, 'Poison', '', '10000-01-01 00:00:00.000', '', 1, '2026-01-01 00:00:00.000')
            """)
        try oneLine(["evidence", file], contains: "row 7 of table evidence_item (column modified: the value \"10000-01-01 00:00:00.000\" "
                    + "is not a date) cannot be read; remove it with 'assessor evidence \(file) remove 7'")
        try oneLine(["report", file, "--output", folder.path("r.md").path], contains: "remove 7")
        #expect(try CommandRun.assessor(["history", file]).status == 0, "the history does not read the item")
        #expect(try CommandRun.assessor(["answer", file, "scope.sites", "2"]).status == 0, "nor does answering")
        let removal = try CommandRun.assessor(["evidence", file, "remove", "7"])
        #expect(removal.output == "removed #7 from the current evidence of \(file); the history keeps it\n", "\(removal.error)")
        #expect(try CommandRun.assessor(["evidence", file]).status == 0)
        #expect(try CommandRun.assessor(["report", file, "--format", "md", "--output", folder.path("r.md").path]).status == 0)
        #expect(try CommandRun.assessor(["check", file]).output.hasSuffix("no problem found (integrity check ok, every row readable)\n"))
        try oneLine(["evidence", file, "remove", "7"], contains: "has no current evidence item 7")
    }

    @Test func aBadCreationDateStopsNothingButCheckNamesIt() throws {
        try edit("UPDATE profile SET created_at = 'not a date'")
        for arguments in [["status", file], ["history", file], ["score", file], ["answer", file, "scope.sites", "2"]] {
            let run = try CommandRun.assessor(arguments)
            #expect(run.status == 0, "\(arguments[0]): \(run.error)")
        }
        let check = try CommandRun.assessor(["check", file])
        #expect(check.status == 1)
        #expect(check.output == "\(file): row 1 of table profile (column created_at: the value \"not a date\" is not a date) cannot be "
                + "read; restore the file from a backup\n")
    }
}
