import AssessorCore

/// What the interview shows for one question: where it stands and the progress there, the
/// requirements the question counts for, the question, what may be typed, the answer so far,
/// answers to related requirements, and the evidence linked or suggested.
struct QuestionScreen {
    var item: PlannedQuestion
    var answer: Answer?
    var plan: InterviewPlan
    var catalog: Catalog
    var progress: AssessmentProgress
    var suggestions: [MappedAnswer]
    var imported: [PendingSuggestions.Entry]
    var evidence: RequirementEvidence

    var lines: [(String, ConsoleStyle)] {
        var lines: [(String, ConsoleStyle)] = [(progressLine, .heading)]
        for (index, reference) in item.requirements.enumerated() {
            let title = catalog.requirement(reference)?.title ?? ""
            lines.append(((index == 0 ? "\(item.question.id) counts for " : "    and ") + "\(reference) \(title)", .hint))
        }
        if item.requirements.isEmpty { lines.append((item.question.id, .hint)) }
        lines.append((item.question.prompt(system: plan.systemName), .emphasis))
        let scale = item.question.scale
        if scale.kind == .choice || scale.kind == .multiChoice {
            lines += scale.choices.enumerated().map { ("  \($0.offset + 1). \($0.element.value): \($0.element.label)", .plain) }
        }
        lines.append((item.question.hint.prefix(1).uppercased() + item.question.hint.dropFirst() + unit, .hint))
        if let answer { lines.append((Self.describe(answer), answer.needsConfirmation ? .warning : .plain)) }
        lines += suggestions.map {
            ("Related (partial mapping): \($0.requirement) was answered \($0.answer.value.text) in \($0.answer.questionID)", .hint)
        }
        lines += Self.describe(imported)
        if let summary = evidence.summary { lines.append((summary, .hint)) }
        return lines
    }

    /// The prompt: the answer an empty line keeps, when there is one.
    var prompt: String {
        answer.map { "[\($0.value.text)] > " } ?? "> "
    }

    private var unit: String {
        item.question.scale.unit.isEmpty ? "" : "; unit: \(item.question.scale.unit)"
    }

    /// `iso42001 12/97 · Clause 4 Context of the organization 3/10`.
    private var progressLine: String {
        let standards = Set(item.requirements.map(\.module))
        let own = plan.standards.filter(standards.contains).map { standard -> String in
            let count = progress.count(standard: standard)
            return "\(standard) \(count.answered)/\(count.asked)"
        }
        let stage = progress.count(stage: item.stage)
        return (own + ["\(stageTitle) \(stage.answered)/\(stage.asked)"]).joined(separator: " · ")
    }

    private var stageTitle: String {
        switch item.stage {
        case .scoping:
            return "Scoping"
        case .clause(let clause):
            let title = plan.standards.lazy.compactMap { catalog.module($0)?.section(clause)?.title }.first ?? ""
            return "Clause \(clause) \(title)"
        case .annex(let standard, let theme):
            return "\(standard) \(theme) \(catalog.module(standard)?.section(theme)?.title ?? "")"
        }
    }

    /// The answers imported evidence suggests, numbered for `:take N` and `:dismiss N`.
    static func describe(_ imported: [PendingSuggestions.Entry]) -> [(String, ConsoleStyle)] {
        guard !imported.isEmpty else { return [] }
        let keys = imported.count == 1 ? ":take records it, :dismiss rejects it" : ":take N records one, :dismiss N rejects one"
        return [("Suggested by imported evidence (\(keys); Enter alone does not take it):", .hint)]
            + imported.enumerated().map { ("  \($0.offset + 1). \($0.element.summary)", .hint) }
    }

    static func describe(_ answer: Answer) -> String {
        var text: String
        switch answer.origin {
        case .given: text = "Answered: \(answer.value.text)"
        case .prefilled(let source): text = "Pre-filled from \(source): \(answer.value.text); Enter confirms it"
        case .imported(let source): text = "Answered from \(source): \(answer.value.text)"
        }
        if !answer.justification.isEmpty { text += "; justification: \(answer.justification)" }
        if !answer.note.isEmpty { text += "; note: \(answer.note)" }
        return text
    }
}
