import AssessorCore

/// Answers an organisation might give: a software company that only uses AI, with work in progress
/// everywhere, a few "don't know"s and exclusions, and notes on some answers.
enum FixtureAnswers {
    static let scoping: [String: AnswerValue] = [
        "scope.employees": .number(180), "scope.sites": .number(2), "scope.sector": .choice("software"),
        "scope.ai_role": .choices(["user"]), "scope.ai_systems": .number(4), "scope.certifications": .choices(["none"]),
        "scope.effective_personnel": .number(165), "scope.ai_headcount": .number(12),
        "scope.business_complexity": .choice("medium"), "scope.it_complexity": .choice("high"),
    ]

    static func make(plan: InterviewPlan, payload: String, random: inout FixtureRandom) -> [String: Answer] {
        var answers: [String: Answer] = [:]
        for (id, value) in scoping where plan.item(id) != nil { answers[id] = Answer(questionID: id, value: value) }
        for item in plan.askedItems(answers: answers.mapValues(\.value)) where answers[item.question.id] == nil {
            let question = item.question
            let value = self.value(for: question, random: &random)
            let note = random.chance(0.2) ? (payload.isEmpty ? "" : payload + " ") + "Checked with the process owner." : ""
            let justification = value == .notApplicable
                ? "No such activity within the scope (\(question.id)). \(payload)" : ""
            answers[question.id] = Answer(questionID: question.id, value: value, note: note, justification: justification)
        }
        return answers
    }

    private static func value(for question: Question, random: inout FixtureRandom) -> AnswerValue {
        if question.allowsNotApplicable, random.chance(0.04) { return .notApplicable }
        if random.chance(0.06) { return .dontKnow }
        switch question.scale.kind {
        case .conformity:
            return .conformity(random.pick([.notInPlace, .partially, .partially, .largely, .largely, .fully, .fully, .fully]))
        case .maturity: return .maturity(random.below(6))
        case .yesNo: return .yesNo(random.chance(0.7))
        case .number: return .number(Double(1 + random.below(50)))
        case .choice: return .choice(question.scale.choices.first?.value ?? "other")
        case .multiChoice: return .choices(question.scale.choices.prefix(1).map(\.value))
        case .text: return .text("Described in the management system manual.")
        }
    }
}
