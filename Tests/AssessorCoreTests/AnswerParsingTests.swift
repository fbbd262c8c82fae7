import AssessorCore
import Testing

@Suite struct AnswerParsingTests {
    private func question(_ scale: AnswerScale, notApplicable: Bool = false) -> Question {
        Question(id: "q", module: "m", prompt: "P", scale: scale, allowsNotApplicable: notApplicable)
    }

    @Test func conformityTakesWordsAliasesAndNumbers() throws {
        let q = question(AnswerScale(kind: .conformity))
        #expect(try q.parseAnswer("fully") == .conformity(.fully))
        #expect(try q.parseAnswer(" Partially ") == .conformity(.partially))
        #expect(try q.parseAnswer("0") == .conformity(.notInPlace))
        #expect(try q.parseAnswer("2") == .conformity(.largely))
        #expect(throws: AnswerError("'maybe' is not an answer to q; answer not_in_place, partially, largely, fully or dont_know")) {
            try q.parseAnswer("maybe")
        }
    }

    @Test func dontKnowIsAlwaysAllowedAndNotApplicableOnlyWhereSaid() throws {
        let clause = question(AnswerScale(kind: .maturity))
        #expect(try clause.parseAnswer("?") == .dontKnow)
        #expect(throws: AnswerError.self) { try clause.parseAnswer("na") }
        let control = question(AnswerScale(kind: .conformity), notApplicable: true)
        #expect(try control.parseAnswer("N/A") == .notApplicable)
        #expect(throws: AnswerError("q is marked not applicable without a justification", remedy: .giveJustification)) {
            try control.check(Answer(questionID: "q", value: .notApplicable))
        }
        try control.check(Answer(questionID: "q", value: .notApplicable, justification: "No premises."))
    }

    @Test func numbersRespectTheirRange() throws {
        let q = question(AnswerScale(kind: .number, unit: "people", minimum: 1))
        #expect(try q.parseAnswer("250") == .number(250))
        #expect(throws: AnswerError.self) { try q.parseAnswer("0") }
        #expect(throws: AnswerError.self) { try q.parseAnswer("many") }
        #expect(AnswerValue.number(250).text == "250")
        #expect(AnswerValue.number(2.5).text == "2.5")
    }

    @Test func choicesTakeValuesOrNumbersAndKeepOrderWithoutRepeats() throws {
        let scale = AnswerScale(kind: .multiChoice, choices: [Choice(value: "developer", label: "D"), Choice(value: "user", label: "U")])
        let q = question(scale)
        #expect(try q.parseAnswer("user, 1, user") == .choices(["user", "developer"]))
        #expect(throws: AnswerError.self) { try q.parseAnswer("user,admin") }
        let single = question(AnswerScale(kind: .choice, choices: scale.choices))
        #expect(try single.parseAnswer("2") == .choice("user"))
    }

    @Test func scoredFractionsFollowTheScale() {
        #expect(AnswerValue.conformity(.largely).fraction == 2.0 / 3)
        #expect(AnswerValue.maturity(4).fraction == 0.8)
        #expect(AnswerValue.yesNo(false).fraction == 0)
        #expect(AnswerValue.dontKnow.fraction == 0, "don't know counts as a gap")
        #expect(AnswerValue.notApplicable.fraction == nil, "not applicable leaves the denominator")
        #expect(AnswerValue.number(3).fraction == nil)
    }
}
