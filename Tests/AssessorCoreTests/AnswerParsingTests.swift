import AssessorCore
import AssessorQuestionnaires
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

    @Test func scopingNumbersAreWholeAndBoundedAndTheMessageGivesTheRange() throws {
        let people = question(AnswerScale(kind: .number, unit: "people", minimum: 1, maximum: 10_000_000, wholeNumber: true))
        #expect(try people.parseAnswer("10000000") == .number(10_000_000))
        for typed in ["99999999999999999999", "1e30", "2.5", "0x10", "inf", "nan", "1e3", "0", "10000001", "1 000"] {
            #expect(throws: AnswerError("'\(typed)' is not an answer to q; answer a whole number from 1 to 10,000,000 or dont_know"),
                    "\(typed)") { try people.parseAnswer(typed) }
        }
        let unbounded = question(AnswerScale(kind: .number))
        #expect(try unbounded.parseAnswer("-2.5") == .number(-2.5))
        #expect(throws: AnswerError("'2000000000000' is not an answer to q; answer a number from -1,000,000,000,000 to "
                                    + "1,000,000,000,000 or dont_know")) { try unbounded.parseAnswer("2000000000000") }
    }

    @Test func theBuiltInScopingQuestionsCarryTheirBounds() throws {
        let catalog = ModuleLoader.load(ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:],
                                                                options: [])).catalog
        let employees = try #require(catalog.questions["scope.employees"]), sites = try #require(catalog.questions["scope.sites"])
        #expect(employees.scale.numberRange == 1...10_000_000 && employees.scale.wholeNumber)
        #expect(sites.scale.numberRange == 1...10_000 && sites.scale.wholeNumber)
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
