import AssessorCore
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

@Suite struct EvidenceStoreTests {
    let folder: TemporaryFolder
    let store: AssessmentStore

    init() throws {
        folder = try TemporaryFolder()
        store = try AssessmentStore.create(at: folder.path("e.assessment"), profile: AssessmentProfile(
            organisation: "Acme", standards: ["iso27001"], createdBy: "ana"))
    }

    private func item(_ hash: String, path: String = "/docs/policy.docx") -> EvidenceItem {
        EvidenceItem(contentHash: hash, path: path, format: .docx, size: 100, title: "Information security policy",
                     text: "Policy\nA.5.1 applies")
    }

    private let policy = RequirementReference(module: "iso27001", requirement: "A.5.1")

    @Test func aDateOutsideTheYears1000To9999IsLeftOutOnTheWayIn() throws {
        var poisoned = item("cc")
        poisoned.modified = Date(timeIntervalSince1970: 253_402_300_800)  // 10000-01-01
        poisoned.created = Date(timeIntervalSince1970: 1_700_000_000)
        try store.addEvidence(poisoned)
        let stored = try #require(try store.evidence().first)
        #expect(stored.modified == nil && stored.created == poisoned.created)
        #expect(try store.check().isEmpty)
    }

    @Test func removingAnItemTakesItsEarlierRevisionsAndKeepsTheRowsAsHistory() throws {
        let first = try store.addEvidence(item("aa"), matches: [
            EvidenceMatch(evidenceID: 0, requirement: policy, confidence: 0.9, reason: "mentions A.5.1", status: .accepted),
        ])
        let second = try store.addEvidence(item("bb"))
        let other = try store.addEvidence(item("zz", path: "/docs/other.docx"))
        #expect(try store.removeEvidence(second.id, by: "ana") == [second.id, first.id])
        #expect(try store.evidence().map(\.id) == [other.id])
        #expect(try store.evidenceMatches().isEmpty)
        #expect(throws: StoreError(path: store.url.relativePath, reason: .noSuchEvidence(first.id))) {
            try store.removeEvidence(first.id, by: "ana")
        }
        #expect(try store.addEvidence(item("bb")) == .newRevision(id: 4, previous: second.id), "the same bytes import again")
    }

    @Test func sameBytesAreANoOpAndAChangedFileIsANewRevision() throws {
        let first = try store.addEvidence(item("aa"), matches: [
            EvidenceMatch(evidenceID: 0, requirement: policy, confidence: 0.9, reason: "mentions A.5.1"),
        ])
        #expect(try store.addEvidence(item("aa")) == .unchanged(id: first.id))
        let second = try store.addEvidence(item("bb"))
        #expect(second == .newRevision(id: second.id, previous: first.id))
        let items = try store.evidence()
        #expect(items.map(\.revision) == [1, 2])
        #expect(items[1].supersedes == first.id)
        #expect(items[0].text.isEmpty)
        #expect(try store.evidence(includingText: true)[0].text == "Policy\nA.5.1 applies")
        #expect(try store.evidenceMatches(of: first.id).map(\.reason) == ["mentions A.5.1"])
    }

    @Test func onlyAcceptedMatchesOfLatestRevisionsCount() throws {
        let first = try store.addEvidence(item("aa"), matches: [
            EvidenceMatch(evidenceID: 0, requirement: policy, confidence: 0.9, reason: "mentions A.5.1"),
        ])
        #expect(try store.evidenceSnapshot().acceptedCounts.isEmpty, "a suggestion is not evidence yet")
        try store.decide(evidence: first.id, requirement: policy, status: .accepted, by: "ana")
        #expect(try store.evidenceSnapshot().acceptedCounts == [policy: 1])
        let other = try store.addEvidence(item("cc", path: "/docs/other.docx"))
        try store.decide(evidence: other.id, requirement: policy, status: .accepted, by: "ana")
        #expect(try store.evidenceSnapshot().acceptedCounts == [policy: 2])
        try store.decide(evidence: other.id, requirement: policy, status: .rejected, by: "ana")
        _ = try store.addEvidence(item("dd"))
        #expect(try store.evidenceSnapshot().acceptedCounts.isEmpty, "the accepted revision was superseded")
    }
}
