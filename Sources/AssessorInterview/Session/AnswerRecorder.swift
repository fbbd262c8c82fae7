import AssessorCore
import AssessorStore
import Foundation

/// Records answers in an assessment file on behalf of one person: each answer is checked
/// against its question, and saved in one transaction together with the answers it pre-fills.
/// When ``record(_:)`` returns, the answer is on disk.
public final class AnswerRecorder {
    /// What recording one answer did.
    public struct Outcome: Sendable {
        /// The answer as saved, or as it already was.
        public var answer: Answer
        /// false when the answer was the same as the one already recorded (nothing written).
        public var changed: Bool
        /// The answers to other questions it pre-filled.
        public var prefilled: [Answer]

        /// Every answer now in the file because of this one.
        public var recorded: [Answer] { [answer] + prefilled }
    }

    public let assessment: Assessment
    public let person: String
    /// The answers in the file, kept up to date as this recorder writes.
    public private(set) var answers: [String: Answer]
    private let prefill: MappingPrefill

    public init(assessment: Assessment, person: String) throws(StoreError) {
        self.assessment = assessment
        self.person = person
        answers = try assessment.store.answers()
        prefill = MappingPrefill(plan: assessment.plan, catalog: assessment.catalog)
    }

    /// Checks and records an answer (its question must be in the assessment's plan; not
    /// applicable needs a justification) with the answers it pre-fills, in one transaction.
    @discardableResult
    public func record(_ answer: Answer) throws(RecordError) -> Outcome {
        guard let question = assessment.plan.item(answer.questionID)?.question else {
            throw .invalid(assessment.unknownQuestion(answer.questionID))
        }
        do {
            try question.check(answer)
        } catch {
            throw .invalid(error)
        }
        let filled = prefill.answers(after: answer, existing: answers)
        let changes: [AnswerChange?]
        do {
            changes = try assessment.store.record([answer] + filled, by: person)
        } catch {
            throw .store(error)
        }
        let outcome = Outcome(answer: answer, changed: changes.first! != nil, prefilled: filled)
        for saved in outcome.recorded { answers[saved.questionID] = saved }
        return outcome
    }

    /// The answers to partially mapped requirements, shown beside a question as suggestions.
    public func suggestions(for questionID: String) -> [MappedAnswer] {
        prefill.suggestions(for: questionID, answers: answers)
    }
}

/// Why an answer was not recorded: it does not fit its question, or the file could not be written.
public enum RecordError: ExplainedError {
    case invalid(AnswerError)
    case store(StoreError)

    public var summary: String {
        switch self {
        case .invalid(let error): error.summary
        case .store(let error): error.summary
        }
    }

    public var remedy: Remedy? {
        switch self {
        case .invalid(let error): error.remedy
        case .store(let error): error.remedy
        }
    }
}
