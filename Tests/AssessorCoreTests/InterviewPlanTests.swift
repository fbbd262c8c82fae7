import AssessorCore
import Testing

@Suite struct InterviewPlanTests {
    let catalog = Fixtures.tinyCatalog().catalog

    @Test func scopingFirstThenClausesAcrossStandardsThenEachAnnex() {
        let plan = InterviewPlan(catalog: catalog, standards: ["alpha", "beta"])
        #expect(plan.items.map(\.question.id) == [
            "tiny.role", "tiny.alpha-only",
            "shared.4.1.q1", "alpha.4.1.q1", "beta.4.2.q1",
            "alpha.10.2.q1",
            "alpha.A.5.1.q1", "alpha.A.5.2.q1",
            "beta.A.1.q1",
        ])
        #expect(plan.systemName == "integrated management system")
    }

    @Test func aSharedQuestionIsAskedOnceAndCountsForEachStandard() throws {
        let plan = InterviewPlan(catalog: catalog, standards: ["alpha", "beta"])
        let shared = try #require(plan.item("shared.4.1.q1"))
        #expect(plan.items.filter { $0.question.id == "shared.4.1.q1" }.count == 1)
        #expect(Set(shared.requirements) == [
            RequirementReference(module: "alpha", requirement: "4.1"), RequirementReference(module: "beta", requirement: "4.1"),
        ])
        let betaOnly = InterviewPlan(catalog: catalog, standards: ["beta"])
        #expect(betaOnly.item("shared.4.1.q1")?.requirements == [RequirementReference(module: "beta", requirement: "4.1")])
        #expect(betaOnly.item("tiny.alpha-only") == nil, "in_scope keeps alpha's scoping question out")
        #expect(betaOnly.systemName == "beta management system")
        #expect(catalog.questions["shared.4.1.q1"]?.prompt(system: betaOnly.systemName) == "Does the beta management system know its context?")
    }

    @Test func skipLogicFollowsTheAnswers() {
        let plan = InterviewPlan(catalog: catalog, standards: ["alpha"])
        let asked = { (answers: [String: AnswerValue]) in plan.askedItems(answers: answers).map(\.question.id) }
        #expect(asked([:]).contains("alpha.A.5.1.q1"), "unanswered scoping asks rather than skips")
        #expect(!asked(["tiny.role": .choices(["user"])]).contains("alpha.A.5.1.q1"))
        #expect(asked(["tiny.role": .choices(["user", "builder"])]).contains("alpha.A.5.1.q1"))
        #expect(asked(["tiny.role": .dontKnow]).contains("alpha.A.5.1.q1"))
    }

    @Test func conditionsCoverEveryTest() {
        let equals = Condition(question: "q", test: .equals("yes"))
        #expect(equals.isSatisfied(by: .yesNo(true)) && !equals.isSatisfied(by: .yesNo(false)))
        let noneOf = Condition(question: "q", test: .noneOf(["user"]))
        #expect(noneOf.isSatisfied(by: .choices(["developer"])) && !noneOf.isSatisfied(by: .choices(["developer", "user"])))
        let atLeast = Condition(question: "q", test: .atLeast(10))
        #expect(atLeast.isSatisfied(by: .number(10)) && !atLeast.isSatisfied(by: .number(9)))
    }

    @Test func requirementIdsSortNumerically() {
        let ids = ["10.2", "A.5.10", "4.10", "A.5.2", "4.2", "9.2.1"]
        #expect(ids.sorted(by: RequirementOrder.areInOrder) == ["4.2", "4.10", "9.2.1", "10.2", "A.5.2", "A.5.10"])
    }
}
