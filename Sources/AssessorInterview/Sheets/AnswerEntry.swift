import AssessorCore
import AssessorStore

/// One answer as typed on the command line or read from a sheet, before it is checked against
/// its question.
public struct AnswerEntry: Sendable, Equatable {
    public var questionID: String
    public var value: String
    /// nil keeps the note already recorded; an empty text clears it.
    public var note: String?
    /// nil keeps the justification already recorded.
    public var justification: String?

    public init(questionID: String, value: String, note: String? = nil, justification: String? = nil) {
        self.questionID = questionID
        self.value = value
        self.note = note
        self.justification = justification
    }

    /// The answer it gives in `assessment`: the question must be in its plan and the value must
    /// fit the question. The recorded note and justification are kept where none is given.
    public func answer(in assessment: Assessment, existing: Answer?) throws(AnswerError) -> Answer {
        guard let question = assessment.plan.item(questionID)?.question else {
            throw assessment.unknownQuestion(questionID)
        }
        let answer = Answer(
            questionID: questionID, value: try question.parseAnswer(value), note: note ?? existing?.note ?? "",
            justification: justification ?? existing?.justification ?? "")
        try question.check(answer)
        return answer
    }
}
