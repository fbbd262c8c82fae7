import AssessorCore
import AssessorStore
import Foundation

extension Interviewer {
    /// A typed answer: parsed against the question (asked again with a hint when it does not
    /// fit), a justification asked for "not applicable", then recorded and acknowledged.
    func answer(_ text: String, at item: PlannedQuestion) throws(StoreError) -> Step {
        let question = item.question
        let value: AnswerValue
        do {
            value = try question.parseAnswer(text)
        } catch {
            console.line(error.message, .warning)
            return .stay
        }
        let existing = session.answers[question.id]
        var justification = existing?.justification ?? ""
        if value == .notApplicable {
            guard let given = askJustification(keeping: justification) else { return .stop }
            justification = given
        }
        let answer = Answer(questionID: question.id, value: value, note: pendingNote ?? existing?.note ?? "",
                            justification: justification)
        guard try save(answer) else { return .stay }
        mentionSuggestionsLeft(at: item)
        session.advance()
        return .moved
    }

    /// An empty line: confirms a pre-filled answer, keeps any other, and asks for an answer where
    /// there is none (it never takes a suggested one).
    func keep(_ item: PlannedQuestion) throws(StoreError) -> Step {
        guard var answer = session.answers[item.question.id] else {
            let take = pending.at(item.question.id).isEmpty ? "" : ", :take N to record a suggested answer"
            console.line("no answer yet: \(item.question.hint)\(take), or :skip to leave it for later", .warning)
            return .stay
        }
        if answer.needsConfirmation || (pendingNote.map { $0 != answer.note } ?? false) {
            if answer.needsConfirmation { answer.origin = .given }
            answer.note = pendingNote ?? answer.note
            guard try save(answer) else { return .stay }
        } else {
            console.line("kept \(answer.questionID) = \(answer.value.text)")
        }
        mentionSuggestionsLeft(at: item)
        session.advance()
        return .moved
    }

    /// `:note TEXT`: saved at once on an answered question, else kept to be saved with the answer.
    func note(_ text: String, at item: PlannedQuestion) throws(StoreError) {
        guard var answer = session.answers[item.question.id] else {
            pendingNote = text
            console.line("note kept; it is saved with the answer to \(item.question.id)", .hint)
            return
        }
        answer.note = text
        _ = try save(answer, acknowledging: "saved note on \(answer.questionID)")
    }

    /// Asks for the justification "not applicable" needs; Enter keeps the one recorded. nil at the end of the input.
    func askJustification(keeping current: String) -> String? {
        console.line("Not applicable needs a justification (it goes into the Statement of Applicability).", .hint)
        while true {
            guard let line = console.read(prompt: current.isEmpty ? "justification > " : "justification [\(current)] > ") else {
                return nil
            }
            let text = line.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { return text }
            if !current.isEmpty { return current }
            console.line("type why the question does not apply to this organisation", .warning)
        }
    }

    /// Records an answer with what it pre-fills, and only then acknowledges it. false when the
    /// answer does not fit its question (said on the console; nothing written).
    func save(_ answer: Answer, acknowledging acknowledgement: String? = nil) throws(StoreError) -> Bool {
        let outcome: AnswerRecorder.Outcome
        do {
            outcome = try recorder.record(answer)
        } catch {
            switch error {
            case .invalid(let problem):
                console.line(problem.message, .warning)
                return false
            case .store(let failure): throw failure
            }
        }
        pendingNote = nil
        savedCount += 1
        session.update(outcome.recorded)
        console.line(acknowledgement ?? "saved \(answer.questionID) = \(answer.value.text)", .success)
        for filled in outcome.prefilled {
            console.line("pre-filled \(filled.questionID) = \(filled.value.text) (confirm it when you get there)", .hint)
        }
        return true
    }
}
