import AssessorCore
import AssessorStore

extension Interviewer {
    /// `:take N`: records suggestion N as the answer (origin imported from its file, where it was
    /// read in the note), marks it taken and the question's other suggestions dismissed, and
    /// moves on. Only this command takes a suggestion; an empty line never does.
    func take(_ number: Int?, at item: PlannedQuestion) throws(StoreError) -> Step {
        guard let chosen = suggestion(number, at: item, verb: "take") else { return .stay }
        var answer = chosen.answer
        if let pendingNote { answer.note = pendingNote }
        if answer.value == .notApplicable, answer.justification.isEmpty {
            guard let given = askJustification(keeping: session.answers[item.question.id]?.justification ?? "") else {
                return .stop
            }
            answer.justification = given
        }
        guard try save(answer, acknowledging: "saved \(answer.questionID) = \(answer.value.text) from \(chosen.file)") else {
            return .stay
        }
        try decide(chosen, .taken)
        for other in pending.at(item.question.id) {
            try decide(other, .dismissed)
            console.line("dismissed the other suggestion: \(other.summary)", .hint)
        }
        session.advance()
        return .moved
    }

    /// `:dismiss N`: marks suggestion N dismissed; the question stays, to be answered.
    func dismiss(_ number: Int?, at item: PlannedQuestion) throws(StoreError) {
        guard let chosen = suggestion(number, at: item, verb: "dismiss") else { return }
        try decide(chosen, .dismissed)
        console.line("dismissed \(chosen.summary)", .success)
        let left = pending.at(item.question.id)
        if !left.isEmpty { for (text, style) in QuestionScreen.describe(left) { console.line(text, style) } }
    }

    /// After an answer was typed or kept at a question whose suggestions are still pending: says
    /// they are kept for later.
    func mentionSuggestionsLeft(at item: PlannedQuestion) {
        let count = pending.at(item.question.id).count
        guard count > 0 else { return }
        console.line("\(count) suggested answer\(count == 1 ? " is" : "s are") still pending here; "
                     + "the next interview shows \(count == 1 ? "it" : "them") again (:take or :dismiss)", .hint)
    }

    /// The suggestion a `:take` or `:dismiss` names; nil (said on the console) when there is none.
    private func suggestion(_ number: Int?, at item: PlannedQuestion, verb: String) -> PendingSuggestions.Entry? {
        let entries = pending.at(item.question.id)
        if entries.isEmpty {
            console.line("no answer is suggested by imported evidence for \(item.question.id)", .warning)
            return nil
        }
        guard let index = number.map({ $0 - 1 }) ?? (entries.count == 1 ? 0 : nil), entries.indices.contains(index) else {
            console.line("type :\(verb) N with N from 1 to \(entries.count)", .warning)
            return nil
        }
        return entries[index]
    }

    private func decide(_ entry: PendingSuggestions.Entry, _ status: AnswerSuggestion.Status) throws(StoreError) {
        if let id = entry.suggestion.id { try assessment.store.decideSuggestion(id, status: status, by: recorder.person) }
        pending.remove(entry)
        session.update(suggested: pending.questionIDs)
    }
}
