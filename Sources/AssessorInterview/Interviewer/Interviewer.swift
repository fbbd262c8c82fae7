import AssessorCore
import AssessorStore

/// Runs a gap interview on a console: shows each question, reads what is typed, and records
/// every answer before acknowledging it with `saved ID = VALUE`. Invalid input is asked again
/// with a hint; nothing already saved is touched by it.
public final class Interviewer {
    /// How the interview ended.
    public enum Ending: Sendable, Equatable {
        /// Every question asked has a confirmed answer.
        case complete
        /// The end of the questions, with some skipped for later.
        case skippedLeft(Int)
        /// `:quit` or the end of the input.
        case stopped
    }

    /// What one line of input did to the interview.
    enum Step {
        case stay
        case moved
        case stop
    }

    let console: any Console
    let recorder: AnswerRecorder
    var session: InterviewSession
    /// A note typed before the current question's answer, saved with it.
    var pendingNote: String?
    /// The answers imported evidence suggests, not yet taken or dismissed.
    var pending: PendingSuggestions
    /// The file as it was when the interview began; the progress shown adds the session's answers.
    var snapshot: AssessmentSnapshot
    /// Answers saved in this run.
    public internal(set) var savedCount = 0

    public init(recorder: AnswerRecorder, console: any Console, mode: InterviewSession.Mode) throws(StoreError) {
        self.recorder = recorder
        self.console = console
        snapshot = try recorder.assessment.snapshot()
        pending = PendingSuggestions(snapshot.evidence)
        session = InterviewSession(plan: recorder.assessment.plan, answers: recorder.answers, mode: mode,
                                   suggested: pending.questionIDs)
    }

    var assessment: Assessment { recorder.assessment }

    /// Asks questions until the last one, `:quit`, or the end of the input. Throws only when the
    /// file cannot be written; every answer acknowledged before is saved.
    public func run() throws(StoreError) -> Ending {
        while let item = session.current {
            try show(item)
            if try ask(item) == .stop { return .stopped }
        }
        let left = session.remaining.count
        return left == 0 ? .complete : .skippedLeft(left)
    }

    func show(_ item: PlannedQuestion) throws(StoreError) {
        console.startScreen()
        for (text, style) in try screen(item).lines { console.line(text, style) }
        if let pendingNote { console.line("Note to save with the answer: \(pendingNote)", .hint) }
    }

    func screen(_ item: PlannedQuestion) throws(StoreError) -> QuestionScreen {
        QuestionScreen(
            item: item, answer: session.answers[item.question.id], plan: assessment.plan, catalog: assessment.catalog,
            progress: AssessmentProgress(snapshot: snapshot.replacing(answers: session.answers), suggested: pending.questionIDs),
            suggestions: recorder.suggestions(for: item.question.id), imported: pending.at(item.question.id),
            evidence: RequirementEvidence(try assessment.store.evidenceSnapshot(), for: item.requirements))
    }

    /// Reads lines at one question until one moves the interview on or stops it.
    func ask(_ item: PlannedQuestion) throws(StoreError) -> Step {
        while true {
            guard let line = console.read(prompt: try screen(item).prompt) else { return .stop }
            let step = try handle(InterviewInput.parse(line), at: item)
            if step != .stay { return step }
        }
    }

    func handle(_ input: InterviewInput, at item: PlannedQuestion) throws(StoreError) -> Step {
        switch input {
        case .answer(let text): return try answer(text, at: item)
        case .keep: return try keep(item)
        case .note(let text): try note(text, at: item)
        case .take(let number): return try take(number, at: item)
        case .dismiss(let number): try dismiss(number, at: item)
        case .skip:
            var moved = session
            moved.advance(skipping: true)
            return leave(to: moved)
        case .back:
            var moved = session
            if moved.back() { return leave(to: moved) }
            console.line("this is the first question", .warning)
        case .jump(let target):
            var moved = session
            do {
                try moved.jump(to: target)
                return leave(to: moved)
            } catch {
                console.line(error.description, .warning)
            }
        case .guide: showGuide(item.question)
        case .evidence:
            try EvidenceDialog(console: console, store: assessment.store, requirements: item.requirements,
                               person: recorder.person).run()
        case .quit: return .stop
        case .help: for line in PromptCommand.helpLines { console.line(line, .hint) }
        case .invalid(let message): console.line(message, .warning)
        }
        return .stay
    }

    /// Moves away from the current question; a note typed for it without an answer is dropped, with a word.
    private func leave(to moved: InterviewSession) -> Step {
        if let pendingNote, let current = session.current {
            console.line("note not saved (a note is saved with an answer): \(pendingNote) on \(current.question.id)", .warning)
        }
        pendingNote = nil
        session = moved
        return .moved
    }

    func showGuide(_ question: Question) {
        let guidance = question.guidance, evidence = question.evidence
        if guidance.isEmpty && evidence.documents.isEmpty { console.line("No guidance for this question.", .hint) }
        if !guidance.good.isEmpty { console.line("Good: \(guidance.good)", .hint) }
        if !guidance.gap.isEmpty { console.line("Typical gap: \(guidance.gap)", .hint) }
        if !evidence.documents.isEmpty { console.line("Evidence to look for: \(evidence.documents.joined(separator: ", "))", .hint) }
    }
}
