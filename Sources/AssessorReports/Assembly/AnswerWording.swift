import AssessorCore

/// How an answer reads in a report: `partially in place`, `maturity 3 of 5`, `12 people`.
enum AnswerWording {
    static func text(_ answer: Answer?, to question: Question) -> String {
        guard let answer else { return "unanswered" }
        switch answer.value {
        case .conformity(let level): return level.label
        case .maturity(let level): return "maturity \(level) of 5"
        case .yesNo(let value): return value ? "yes" : "no"
        case .number:
            let unit = question.scale.unit
            return unit.isEmpty ? answer.value.text : "\(answer.value.text) \(unit)"
        case .choice(let value): return label(value, in: question)
        case .choices(let values): return values.map { label($0, in: question) }.joined(separator: ", ")
        case .text(let value): return value
        case .dontKnow: return "don't know"
        case .notApplicable: return "not applicable"
        }
    }

    private static func label(_ value: String, in question: Question) -> String {
        question.scale.choices.first { $0.value == value }?.label ?? value
    }
}
