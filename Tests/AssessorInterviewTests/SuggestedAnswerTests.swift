import AssessorCore
import AssessorInterview
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// Answers suggested by imported evidence (a Statement of Applicability, a gap assessment): shown
/// at their question, taken or dismissed there, never taken by Enter alone, counted by status.
@Suite struct SuggestedAnswerTests {
    /// The pilot file with the scoping done, pilota.A.1.2.q1 answered, and three suggestions from two files.
    private func pilotWithSuggestions() throws -> PilotFile {
        let pilot = try PilotFile()
        let sheet = try pilot.folder.write("scope.csv", """
            question,value
            scope.sector,software
            scope.certifications,none
            scope.integration,partial
            pilot.builds,yes
            pilota.A.1.2.q1,partially

            """)
        #expect(try pilot.run(["answer", pilot.file.path, "--from", sheet.path]).status == 0)
        let store = try AssessmentStore.open(at: pilot.file)
        try store.addEvidence(Self.item("soa.xlsx"), suggestions: [
            AnswerSuggestion(questionID: "ps.4.1.q1", requirement: RequirementReference(module: "pilota", requirement: "4.1"),
                             value: .conformity(.fully), source: "SoA!C3: Yes (4.1)"),
            AnswerSuggestion(questionID: "pilota.A.1.2.q1", requirement: RequirementReference(module: "pilota", requirement: "A.1.2"),
                             value: .notApplicable, justification: "no supplier code is used", source: "SoA!C4: No (A.1.2)"),
        ])
        try store.addEvidence(Self.item("gap.xlsx"), suggestions: [
            AnswerSuggestion(questionID: "ps.4.1.q1", requirement: RequirementReference(module: "pilotb", requirement: "4.1"),
                             value: .conformity(.partially), source: "Gaps!D2: Partially implemented (4.1)"),
        ])
        return pilot
    }

    private static func item(_ name: String) -> EvidenceItem {
        EvidenceItem(contentHash: String(repeating: name == "soa.xlsx" ? "a" : "b", count: 64), path: "client/\(name)",
                     format: .xlsx, size: 100, title: name, author: "client", text: "")
    }

    @Test func statusCountsTheQuestionsWithSuggestions() throws {
        let pilot = try pilotWithSuggestions()
        let status = try pilot.run(["status", pilot.file.path])
        #expect(status.status == 0, "\(status.error)")
        #expect(status.output.contains("TO CONFIRM SUGGESTED"))
        #expect(status.output.contains("2 questions have answers suggested by imported evidence; take or dismiss them in: "
                                       + "assessor interview \(pilot.file.path)"), "\(status.output)")
        let json = try pilot.run(["status", pilot.file.path, "--json"])
        let standards = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])["standards"]
        let counts = try #require(standards as? [[String: Any]]).map { ($0["count"] as? [String: Any])?["suggested"] as? Int }
        #expect(counts == [2, 1], "pilota: ps.4.1.q1 and A.1.2; pilotb: the shared ps.4.1.q1")
    }

    @Test func takenOrDismissedAtTheQuestionAndNeverByEnterAlone() throws {
        let pilot = try pilotWithSuggestions()
        let run = try pilot.interview([
            "", ":take", ":dismiss 2", ":take 1", // ps.4.1.q1: two suggestions
            "3", "2", "largely", // pilota.4.1.q1, pilota.5.1.q1, pilota.A.1.1.q1
            "", // pilota.A.1.2.q1: answered, its suggestion left pending
            ":back", ":take", ":quit",
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("""
            Suggested by imported evidence (:take N records one, :dismiss N rejects one; Enter alone does not take it):
              1. fully, from soa.xlsx at SoA!C3: Yes (4.1)
              2. partially, from gap.xlsx at Gaps!D2: Partially implemented (4.1)
            """), "\(run.output)")
        #expect(run.output.contains(":take N to record a suggested answer, or :skip"), "Enter alone takes nothing")
        #expect(run.output.contains("type :take N with N from 1 to 2"))
        #expect(run.output.contains("dismissed partially, from gap.xlsx at Gaps!D2"))
        #expect(run.output.contains("saved ps.4.1.q1 = fully from soa.xlsx\n"))
        #expect(run.output.contains("kept pilota.A.1.2.q1 = partially\n1 suggested answer is still pending here"))
        #expect(run.output.contains("saved pilota.A.1.2.q1 = na from soa.xlsx\n"))

        let answers = try pilot.answers()
        #expect(answers["ps.4.1.q1"]?.value == .conformity(.fully))
        #expect(answers["ps.4.1.q1"]?.origin == .imported(from: "soa.xlsx"))
        #expect(answers["ps.4.1.q1"]?.note == "from soa.xlsx: SoA!C3: Yes (4.1)")
        #expect(answers["pilota.A.1.2.q1"]?.value == .notApplicable)
        #expect(answers["pilota.A.1.2.q1"]?.justification == "no supplier code is used")
        let store = try AssessmentStore.open(at: pilot.file, readOnly: true)
        let decided = try store.answerSuggestions(includingDecided: true).map { "\($0.questionID) \($0.status)" }
        #expect(decided == ["ps.4.1.q1 taken", "pilota.A.1.2.q1 taken", "ps.4.1.q1 dismissed"])
        #expect(try store.history(of: "pilota.A.1.2.q1").map(\.origin) == [.given, .imported(from: "soa.xlsx")])

        let status = try pilot.run(["status", pilot.file.path]).output
        #expect(!status.contains("suggested by imported evidence"), "none left pending:\n\(status)")
        let again = try pilot.interview([":quit"])
        #expect(again.output.contains("pilotb.B.1.q1 counts for pilotb:B.1"), "a taken answer is settled; the next stop is the pre-filled B.1")
    }

    @Test func aQuestionLeftWithSuggestionsIsNotAskedAgainInTheSameRun() {
        let plan = Pilot.plan()
        let answers = Dictionary(uniqueKeysWithValues: plan.items.map { ($0.question.id, Pilot.given($0.question.id, .dontKnow)) })
        var session = InterviewSession(plan: plan, answers: answers, suggested: ["ps.4.1.q1"])
        #expect(session.current?.question.id == "ps.4.1.q1", "an answered question with a pending suggestion is a stop")
        session.advance()
        #expect(session.current == nil, "and not a stop again in this run")
    }
}
