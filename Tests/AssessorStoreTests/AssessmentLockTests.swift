import AssessorCore
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

@Suite struct AssessmentLockTests {
    let folder: TemporaryFolder
    let file: URL

    init() throws {
        folder = try TemporaryFolder()
        file = folder.path("acme.assessment")
        _ = try AssessmentStore.create(at: file, profile: AssessmentProfile(organisation: "Acme", standards: ["iso42001"], createdBy: "ana"))
    }

    @Test func aSecondWriterIsRefusedWithTheHoldersPid() throws {
        let writer = try AssessmentStore.open(at: file, exclusive: true)
        #expect(throws: StoreError(path: file.path, reason: .locked(pid: getpid()))) {
            try AssessmentStore.open(at: file, exclusive: true)
        }
        let reader = try AssessmentStore.open(at: file)
        #expect(try reader.profile().organisation == "Acme", "readers need no lock")
        try writer.record(Answer(questionID: "q", value: .yesNo(true)), by: "ana")
        #expect(StoreError(path: "acme.assessment", reason: .locked(pid: 4312)).description
            == "acme.assessment is locked by another interview (pid 4312); finish or quit it first, or open the file read-only")
    }

    @Test func releasingTheStoreReleasesTheLockAndItsSidecar() throws {
        do {
            let writer = try AssessmentStore.open(at: file, exclusive: true)
            #expect(FileManager.default.fileExists(atPath: AssessmentLock.sidecar(of: file)))
            _ = writer
        }
        #expect(!FileManager.default.fileExists(atPath: AssessmentLock.sidecar(of: file)))
        _ = try AssessmentStore.open(at: file, exclusive: true)
    }

    @Test func aSidecarLeftByACrashIsNotALock() throws {
        try "99999\n".write(toFile: AssessmentLock.sidecar(of: file), atomically: true, encoding: .utf8)
        let writer = try AssessmentStore.open(at: file, exclusive: true)
        #expect(try String(contentsOfFile: AssessmentLock.sidecar(of: file), encoding: .utf8) == "\(getpid())\n")
        _ = writer
    }

    @Test func aFileThatIsNotAnAssessmentGetsNoSidecar() throws {
        let text = try folder.write("notes.assessment", "hello\n")
        #expect(throws: StoreError(path: text.path, reason: .notAnAssessment)) { try AssessmentStore.open(at: text, exclusive: true) }
        #expect(!FileManager.default.fileExists(atPath: AssessmentLock.sidecar(of: text)))
    }

    @Test func severalAnswersAreSavedTogetherOrNotAtAll() throws {
        let store = try AssessmentStore.open(at: file, exclusive: true)
        let changes = try store.record([Answer(questionID: "a", value: .yesNo(true)), Answer(questionID: "b", value: .dontKnow)], by: "ana")
        #expect(changes.map { $0?.questionID } == ["a", "b"])
        #expect(try store.record([Answer(questionID: "a", value: .yesNo(true))], by: "ana") == [nil])
        #expect(try store.history().count == 2)
    }
}
