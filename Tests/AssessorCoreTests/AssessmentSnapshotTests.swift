import AssessorCore
import Foundation
import Testing

struct AssessmentSnapshotTests {
    let catalog = Fixtures.tinyCatalog().catalog

    private func snapshot(_ answers: [Answer], evidence: AssessmentEvidence = .none) -> AssessmentSnapshot {
        AssessmentSnapshot(profile: AssessmentProfile(organisation: "Tiny", standards: ["alpha"], createdBy: "test"),
                           catalog: catalog, answers: Dictionary(uniqueKeysWithValues: answers.map { ($0.questionID, $0) }),
                           evidence: evidence)
    }

    @Test func everyQuestionIsInOneOfFourStates() throws {
        let given = Answer(questionID: "alpha.4.1.q1", value: .conformity(.largely))
        let prefilled = Answer(questionID: "alpha.A.5.2.q1", value: .yesNo(true), origin: .prefilled(from: "beta.A.1.q1"))
        let role = Answer(questionID: "tiny.role", value: .choices(["user"]))
        let snapshot = snapshot([given, prefilled, role])
        #expect(snapshot.state(of: "alpha.4.1.q1") == .confirmed(given))
        #expect(snapshot.state(of: "alpha.A.5.2.q1") == .prefilled(prefilled))
        #expect(snapshot.state(of: "alpha.10.2.q1") == .unanswered)
        #expect(snapshot.state(of: "alpha.A.5.1.q1") == .notAsked, "only builders are asked about building")
        #expect(!snapshot.asked.contains { $0.question.id == "alpha.A.5.1.q1" })
        let control = try #require(catalog.requirement(RequirementReference("alpha:A.5.1")!))
        #expect(snapshot.askedQuestions(of: control).isEmpty)
        #expect(snapshot.exclusion(of: control)?.question == "tiny.role")
        #expect(snapshot.replacing(answers: [:]).state(of: "alpha.A.5.1.q1") == .unanswered, "no role yet: asked")
    }

    @Test func theCurrentRevisionOfAFileSpeaksForIt() {
        func item(_ id: Int64, revision: Int, supersedes: Int64? = nil, reviewed: Date?) -> EvidenceItem {
            EvidenceItem(id: id, contentHash: "\(id)", path: "/e/policy.docx", format: .docx, size: 1, title: "Policy",
                         reviewDate: reviewed, text: "", revision: revision, supersedes: supersedes)
        }
        let now = Date(timeIntervalSince1970: 1_750_000_000), day = 86_400.0
        let control = RequirementReference("alpha:A.5.2")!
        let evidence = AssessmentEvidence(
            items: [item(1, revision: 1, reviewed: now - 500 * day), item(2, revision: 2, supersedes: 1, reviewed: now - 30 * day)],
            matches: [EvidenceMatch(evidenceID: 1, requirement: control, confidence: 1, reason: "", status: .accepted),
                      EvidenceMatch(evidenceID: 2, requirement: control, confidence: 0.8, reason: "", status: .suggested)],
            suggestions: [AnswerSuggestion(evidenceID: 1, questionID: "alpha.A.5.2.q1", requirement: control, value: .yesNo(true),
                                           source: "old"),
                          AnswerSuggestion(evidenceID: 2, questionID: "alpha.A.5.2.q1", requirement: control, value: .yesNo(false),
                                           source: "new")])
        #expect(evidence.current.map(\.id) == [2])
        #expect(evidence.accepted[control] == nil, "the accepted revision was replaced")
        #expect(evidence.pendingSuggestions.map(\.source) == ["new"])
        let register = EvidenceRegister(evidence, freshness: Freshness(months: 12), on: now)
        #expect(register.entries.map(\.isCurrent) == [false, true])
        #expect(register.entries.map(\.freshness) == [.stale, .fresh])
        #expect(EvidenceRegister(evidence, freshness: Freshness(months: 24), on: now).entries.map(\.freshness) == [.fresh, .fresh])
    }
}
