import AssessorCore
import AssessorInterview
import AssessorTestSupport
import Testing

@Suite struct MappingAndProgressTests {
    let plan = Pilot.plan()

    @Test func aStrongMappingPrefillsUnansweredQuestionsOfTheSameScale() {
        let prefill = MappingPrefill(plan: plan, catalog: Pilot.catalog)
        let answer = Pilot.given("pilota.A.1.1.q1", .conformity(.largely))
        #expect(prefill.answers(after: answer, existing: [:])
            == [Answer(questionID: "pilotb.B.1.q1", value: .conformity(.largely), origin: .prefilled(from: "pilota.A.1.1.q1"))])
        #expect(prefill.answers(after: answer, existing: ["pilotb.B.1.q1": Pilot.given("pilotb.B.1.q1", .conformity(.fully))]).isEmpty,
                "an answered question is never overwritten")
        #expect(prefill.answers(after: Pilot.given("pilota.A.1.1.q1", .dontKnow), existing: [:]).isEmpty)
        #expect(MappingPrefill(plan: Pilot.plan(["pilota"]), catalog: Pilot.catalog).answers(after: answer, existing: [:]).isEmpty,
                "only standards in scope are pre-filled")
    }

    @Test func aPartialMappingIsOnlyASuggestion() {
        let prefill = MappingPrefill(plan: plan, catalog: Pilot.catalog)
        let answer = Pilot.given("pilota.A.1.2.q1", .conformity(.partially))
        #expect(prefill.answers(after: answer, existing: [:]).isEmpty)
        let suggestions = prefill.suggestions(for: "pilotb.B.2.q1", answers: ["pilota.A.1.2.q1": answer])
        #expect(suggestions == [MappedAnswer(requirement: RequirementReference(module: "pilota", requirement: "A.1.2"), answer: answer)])
    }

    @Test func countsPerStandardAndSectionAfterSkipLogic() {
        let answers = [
            "pilot.builds": Pilot.given("pilot.builds", .yesNo(false)),
            "ps.4.1.q1": Pilot.given("ps.4.1.q1", .conformity(.fully)),
            "pilotb.B.1.q1": Answer(questionID: "pilotb.B.1.q1", value: .conformity(.fully), origin: .prefilled(from: "x")),
        ]
        let profile = AssessmentProfile(organisation: "Pilot Ltd", standards: plan.standards, createdBy: "tester")
        let progress = AssessmentProgress(snapshot: AssessmentSnapshot(profile: profile, catalog: Pilot.catalog, answers: answers))
        #expect(progress.scoping.count == ProgressCount(answered: 1, asked: 1, notAsked: 0, toConfirm: 0))
        let a = progress.standards[0], b = progress.standards[1]
        #expect(a.count == ProgressCount(answered: 1, asked: 4, notAsked: 1, toConfirm: 0), "the shared question counts for A")
        #expect(b.count == ProgressCount(answered: 2, asked: 4, notAsked: 0, toConfirm: 1), "and for B")
        #expect(a.sections.map(\.id) == ["4", "5", "A.1"])
        #expect(a.sections[2].unanswered == ["pilota.A.1.2.q1"], "the skipped question is not left to answer")
        #expect(progress.count(stage: .clause("4")) == ProgressCount(answered: 1, asked: 2, notAsked: 0, toConfirm: 0))
        #expect(progress.next?.question.id == "pilota.4.1.q1")
    }

    @Test func recordingSavesThePrefillsInTheSameTransaction() throws {
        let folder = try TemporaryFolder()
        let assessment = try Pilot.assessment(in: folder)
        let recorder = try AnswerRecorder(assessment: assessment, person: "ana")
        let outcome = try recorder.record(Pilot.given("pilota.A.1.1.q1", .conformity(.fully)))
        #expect(outcome.changed && outcome.prefilled.map(\.questionID) == ["pilotb.B.1.q1"])
        let stored = try assessment.store.answers()
        #expect(stored["pilotb.B.1.q1"]?.origin == .prefilled(from: "pilota.A.1.1.q1"))
        #expect(try assessment.store.history().map(\.changedBy) == ["ana", "ana"])
        #expect(try recorder.record(Pilot.given("pilota.A.1.1.q1", .conformity(.fully))).changed == false)
        #expect(throws: RecordError.self) { try recorder.record(Pilot.given("pilota.A.1.2.q1", .notApplicable)) }
        #expect(throws: RecordError.self) { try recorder.record(Pilot.given("nowhere.q1", .dontKnow)) }
        #expect(try assessment.store.answers().count == 2, "refused answers change nothing")
    }
}
