import AssessorInterview

/// The lines `assessor answer` prints for each answer: the same acknowledgements as the interview.
enum AnswerOutput {
    static func print(_ outcome: AnswerRecorder.Outcome) {
        let answer = outcome.answer
        Terminal.show("\(outcome.changed ? "saved" : "unchanged") \(answer.questionID) = \(answer.value.text)")
        for filled in outcome.prefilled {
            Terminal.show("pre-filled \(filled.questionID) = \(filled.value.text) (confirm it in the interview)")
        }
    }
}
