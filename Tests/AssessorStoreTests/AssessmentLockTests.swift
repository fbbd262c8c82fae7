import AssessorCore
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// The writer's lock is keyed on the file itself (device and inode): every name of the file shares
/// it, a refusal names the holder, and nothing is written beside the file.
@Suite struct AssessmentLockTests {
    let folder: TemporaryFolder
    let file: URL

    init() throws {
        folder = try TemporaryFolder()
        file = folder.path("acme.assessment")
        _ = try AssessmentStore.create(at: file, profile: AssessmentProfile(organisation: "Acme", standards: ["iso42001"], createdBy: "ana"))
    }

    private func holder(refusing url: URL) -> LockHolder?? {
        do {
            _ = try AssessmentStore.open(at: url, exclusive: true)
            return .none
        } catch {
            guard case .locked(let holder) = error.reason else { return .none }
            return .some(holder)
        }
    }

    @Test func aSecondWriterIsRefusedNamingTheHolder() throws {
        let writer = try AssessmentStore.open(at: file, exclusive: true)
        #expect(holder(refusing: file) == .some(LockHolder.of(pid: getpid())))
        let reader = try AssessmentStore.open(at: file)
        #expect(try reader.profile().organisation == "Acme", "readers need no lock")
        try writer.record(Answer(questionID: "q", value: .yesNo(true)), by: "ana")
        #expect(StoreError(path: "acme.assessment", reason: .locked(LockHolder(pid: 4312, command: "assessor import"))).description
            == "acme.assessment is locked by `assessor import` (pid 4312); finish or quit it first, or open the file read-only")
    }

    @Test func everyNameOfTheFileSharesTheLock() throws {
        let writer = try AssessmentStore.open(at: file, exclusive: true)
        let link = folder.path("link.assessment"), hard = folder.path("hard.assessment")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        try FileManager.default.linkItem(at: file, to: hard)
        let dotted = URL(fileURLWithPath: folder.url.path + "/./acme.assessment")
        for name in [link, hard, dotted] {
            #expect(holder(refusing: name)??.pid == getpid(), "\(name.path)")
        }
        _ = writer
    }

    @Test func releasingTheStoreReleasesTheLockAndNothingIsLeftBeside() throws {
        do {
            let writer = try AssessmentStore.open(at: file, exclusive: true)
            _ = writer
        }
        _ = try AssessmentStore.open(at: file, exclusive: true)
        #expect(!FileManager.default.fileExists(atPath: file.path + ".lock"))
    }

    @Test func aFileThatIsNotAnAssessmentIsLeftAlone() throws {
        let text = try folder.write("notes.assessment", "hello\n")
        #expect(throws: StoreError(path: text.path, reason: .notAnAssessment)) { try AssessmentStore.open(at: text, exclusive: true) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["acme.assessment", "notes.assessment"])
    }

    @Test func severalAnswersAreSavedTogetherOrNotAtAll() throws {
        let store = try AssessmentStore.open(at: file, exclusive: true)
        let changes = try store.record([Answer(questionID: "a", value: .yesNo(true)), Answer(questionID: "b", value: .dontKnow)], by: "ana")
        #expect(changes.map { $0?.questionID } == ["a", "b"])
        #expect(try store.record([Answer(questionID: "a", value: .yesNo(true))], by: "ana") == [nil])
        #expect(try store.history().count == 2)
    }
}
