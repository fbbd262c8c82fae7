import AssessorCore
import AssessorStore

/// Records the rows of an answer sheet: each valid row is saved (with what it pre-fills), each
/// invalid one is reported with its line and changes nothing.
public struct AnswerSheetImport {
    /// What the import did.
    public struct Report: Sendable {
        /// The rows saved, in sheet order (unchanged ones included, with `changed` false).
        public var saved: [AnswerRecorder.Outcome] = []
        /// One problem per row that was not saved.
        public var problems: [AnswerSheetError] = []
    }

    public let recorder: AnswerRecorder

    public init(recorder: AnswerRecorder) {
        self.recorder = recorder
    }

    /// Saves every valid row; throws only when the file cannot be written (rows saved before stay saved).
    public func run(_ rows: [AnswerSheetRow]) throws(StoreError) -> Report {
        var report = Report()
        for row in rows {
            do {
                let entry = try row.entry.get()
                let answer = try entry.answer(in: recorder.assessment, existing: recorder.answers[entry.questionID])
                report.saved.append(try recorder.record(answer))
            } catch let error as AnswerSheetError {
                report.problems.append(error)
            } catch let error as AnswerError {
                report.problems.append(AnswerSheetError(line: row.line, error.message))
            } catch let error as RecordError {
                switch error {
                case .invalid(let problem): report.problems.append(AnswerSheetError(line: row.line, problem.message))
                case .store(let failure): throw failure
                }
            } catch {
                report.problems.append(AnswerSheetError(line: row.line, "\(error)"))
            }
        }
        return report
    }
}
