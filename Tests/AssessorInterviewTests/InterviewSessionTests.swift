import AssessorCore
import AssessorInterview
import Testing

@Suite struct InterviewSessionTests {
    let plan = Pilot.plan()

    @Test func walksScopingThenClausesThenEachAnnex() {
        #expect(plan.items.map(\.question.id) == [
            "pilot.builds", "ps.4.1.q1", "pilota.4.1.q1", "pilota.5.1.q1",
            "pilota.A.1.1.q1", "pilota.A.1.2.q1", "pilotb.B.1.q1", "pilotb.B.2.q1", "pilotb.B.2.q2",
        ])
    }

    @Test func resumesAtTheFirstQuestionWithoutAConfirmedAnswer() {
        let answers = [
            "pilot.builds": Pilot.given("pilot.builds", .yesNo(true)),
            "ps.4.1.q1": Answer(questionID: "ps.4.1.q1", value: .conformity(.largely), origin: .imported(from: "soa.xlsx")),
            "pilota.4.1.q1": Answer(questionID: "pilota.4.1.q1", value: .number(3), origin: .prefilled(from: "x.q1")),
        ]
        var session = InterviewSession(plan: plan, answers: answers)
        #expect(session.current?.question.id == "pilota.4.1.q1",
                "a pre-filled answer waits for confirmation; one taken from imported evidence was chosen by a person")
        session.advance()
        #expect(session.current?.question.id == "pilota.5.1.q1")
        let review = InterviewSession(plan: plan, answers: answers, mode: .review)
        #expect(review.current?.question.id == "pilot.builds", "a review starts at the first question")
    }

    @Test func skipLogicFollowsTheAnswersAsTheyAreGiven() {
        var session = InterviewSession(plan: plan, answers: [:])
        session.update([Pilot.given("pilot.builds", .yesNo(false))])
        #expect(!session.remaining.map(\.question.id).contains("pilota.A.1.1.q1"))
        #expect(throws: JumpError.notAsked("pilota.A.1.1.q1", dependsOn: "pilot.builds")) { try session.jump(to: "pilota.A.1.1.q1") }
        session.update([Pilot.given("pilot.builds", .yesNo(true))])
        #expect(session.remaining.map(\.question.id).contains("pilota.A.1.1.q1"))
    }

    @Test func skipBackAndJump() throws {
        var session = InterviewSession(plan: plan, answers: [:])
        session.advance(skipping: true)
        #expect(session.current?.question.id == "ps.4.1.q1")
        let wentBack = session.back()
        #expect(wentBack && session.current?.question.id == "pilot.builds")
        let wentBeforeTheFirst = session.back()
        #expect(!wentBeforeTheFirst, "nothing before the first question")
        try session.jump(to: "pilotb:B.2")
        #expect(session.current?.question.id == "pilotb.B.2.q1")
        try session.jump(to: "5.1")
        #expect(session.current?.question.id == "pilota.5.1.q1")
        #expect(throws: JumpError.unknown("pilota.5.1.q2", suggestion: "pilota.5.1.q1")) { try session.jump(to: "pilota.5.1.q2") }
        #expect(JumpError.unknown("x", suggestion: nil).description.contains("use a question id"))
    }

    @Test func afterTheLastQuestionComesBackForTheOnesLeftBehindButNotTheSkipped() throws {
        var session = InterviewSession(plan: plan, answers: [:])
        session.advance(skipping: true)
        try session.jump(to: "pilotb.B.2.q2")
        session.update([Pilot.given("pilotb.B.2.q2", .text("Ana"))])
        session.advance()
        #expect(session.current?.question.id == "ps.4.1.q1", "wraps to the first unanswered one not skipped")
        #expect(session.skipped == ["pilot.builds"])
        for item in plan.items.dropFirst() where item.question.id != "pilotb.B.2.q2" {
            session.update([Pilot.given(item.question.id, item.question.scale.kind == .text ? .text("x") : .dontKnow)])
        }
        session.advance()
        #expect(session.current == nil)
        #expect(session.remaining.map(\.question.id) == ["pilot.builds"], "the skipped question is still left")
    }

    @Test func parsesAnswersAndCommandsApart() {
        #expect(InterviewInput.parse(" largely ") == .answer("largely"))
        #expect(InterviewInput.parse("?") == .answer("?"), "? is the don't-know answer, not a command")
        #expect(InterviewInput.parse("") == .keep)
        #expect(InterviewInput.parse(":note  check the CMDB ") == .note("check the CMDB"))
        #expect(InterviewInput.parse(":n") == .note(""))
        #expect(InterviewInput.parse(":J iso42001:6.1.2") == .jump("iso42001:6.1.2"))
        #expect(InterviewInput.parse(":q") == .quit)
        #expect(InterviewInput.parse(":jump") == .invalid(":jump needs a question id or a requirement, e.g. :jump iso42001:6.1.2"))
        #expect(InterviewInput.parse(":frobnicate") == .invalid("unknown command ':frobnicate'; type :help for the commands"))
        #expect(PromptCommand.helpLines.count == PromptCommand.allCases.count + 1)
    }
}
