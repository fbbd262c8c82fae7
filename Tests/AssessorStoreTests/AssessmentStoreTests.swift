import AssessorCore
import AssessorStore
import AssessorTestSupport
import Foundation
import GRDB
import Testing

@Suite struct AssessmentStoreTests {
    let folder: TemporaryFolder
    let file: URL

    init() throws {
        folder = try TemporaryFolder()
        file = folder.path("acme.assessment")
    }

    private func create() throws -> AssessmentStore {
        try AssessmentStore.create(at: file, profile: AssessmentProfile(
            organisation: "Acme <Ltd>", standards: ["iso42001", "iso27001"], moduleVersions: ["iso42001": "1.0.0"],
            createdBy: "ana"))
    }

    @Test func createsAFileThatReadsBack() throws {
        _ = try create()
        let store = try AssessmentStore.open(at: file)
        let profile = try store.profile()
        #expect(profile.organisation == "Acme <Ltd>")
        #expect(profile.standards == ["iso42001", "iso27001"])
        #expect(profile.moduleVersions == ["iso42001": "1.0.0"])
        #expect(profile.createdBy == "ana")
    }

    @Test func refusesToOverwrite() throws {
        _ = try create()
        #expect(throws: StoreError(path: file.path, reason: .alreadyExists)) { try create() }
    }

    @Test func recordsAnswersWithTheirHistory() throws {
        let store = try create()
        let first = Answer(questionID: "hs.4.1.q1", value: .conformity(.partially), note: "context memo in draft")
        #expect(try store.record(first, by: "ana") != nil)
        #expect(try store.record(first, by: "ana") == nil, "the same answer again writes nothing")
        try store.record(Answer(questionID: "hs.4.1.q1", value: .conformity(.fully)), by: "ben")
        try store.record(Answer(questionID: "iso27001.A.7.1.q1", value: .notApplicable, justification: "No premises."), by: "ana")
        let answers = try AssessmentStore.open(at: file).answers()
        #expect(answers["hs.4.1.q1"]?.value == .conformity(.fully))
        #expect(answers["iso27001.A.7.1.q1"]?.justification == "No premises.")
        let history = try store.history(of: "hs.4.1.q1")
        #expect(history.map(\.oldValue) == [nil, .conformity(.partially)])
        #expect(history.map(\.newValue) == [.conformity(.partially), .conformity(.fully)])
        #expect(history.map(\.changedBy) == ["ana", "ben"])
        #expect(history[1].oldNote == "context memo in draft" && history[1].newNote == "")
        try store.clearAnswer(to: "hs.4.1.q1", by: "ana")
        #expect(try store.answers()["hs.4.1.q1"] == nil)
        #expect(try store.history().count == 4)
    }

    @Test func everyValueKindRoundTrips() throws {
        let store = try create()
        let values: [AnswerValue] = [.conformity(.largely), .maturity(3), .yesNo(false), .number(42.5), .choice("user"),
                                     .choices(["developer", "user"]), .text("free, text"), .dontKnow, .notApplicable]
        for (index, value) in values.enumerated() {
            try store.record(Answer(questionID: "q\(index)", value: value, origin: .prefilled(from: "x.q")), by: "ana")
        }
        let answers = try store.answers()
        #expect(values.enumerated().map { answers["q\($0.offset)"]?.value } == values)
        #expect(answers["q0"]?.origin == .prefilled(from: "x.q"))
    }

    @Test func refusesFilesThatAreNotAssessmentsAndLeavesThemAlone() throws {
        let text = try folder.write("notes.assessment", "just some text\n")
        #expect(throws: StoreError(path: text.path, reason: .notAnAssessment)) { try AssessmentStore.open(at: text) }
        #expect(try String(contentsOf: text, encoding: .utf8) == "just some text\n")

        let other = folder.path("other.sqlite")
        let queue = try DatabaseQueue(path: other.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
        let before = try Data(contentsOf: other)
        #expect(throws: StoreError(path: other.path, reason: .notAnAssessment)) { try AssessmentStore.open(at: other) }
        #expect(try Data(contentsOf: other) == before, "another SQLite database is not switched to WAL")
        #expect(!FileManager.default.fileExists(atPath: other.path + "-wal"))

        let missing = folder.path("missing.assessment")
        #expect(throws: StoreError(path: missing.path, reason: .notFound)) { try AssessmentStore.open(at: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func refusesAFileFromANewerAssessor() throws {
        _ = try create()
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        try queue.close()
        #expect(throws: StoreError(path: file.path, reason: .newerFormat)) { try AssessmentStore.open(at: file) }
    }

    @Test func opensReadOnlyForReaders() throws {
        let store = try create()
        try store.record(Answer(questionID: "q", value: .yesNo(true)), by: "ana")
        let reader = try AssessmentStore.open(at: file, readOnly: true)
        #expect(try reader.answers()["q"]?.value == .yesNo(true))
        #expect(throws: StoreError.self) { try reader.record(Answer(questionID: "q", value: .yesNo(false)), by: "ana") }
    }
}
