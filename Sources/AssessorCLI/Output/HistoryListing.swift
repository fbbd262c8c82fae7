import AssessorCore
import AssessorStore
import Foundation

/// The audit trail as a table: when, who, which question, old value → new value, and what else changed.
struct HistoryListing {
    var changes: [AnswerChange]

    func text() -> String {
        let time = DateFormatter()
        time.locale = Locale(identifier: "en_US_POSIX")
        time.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let rows = changes.map { change in
            [time.string(from: change.changedAt), change.changedBy, change.questionID,
             "\(change.oldValue?.text ?? "-") → \(change.newValue?.text ?? "(cleared)")", Self.details(change)]
        }
        return Table(headers: ["WHEN", "WHO", "QUESTION", "CHANGE", "DETAILS"], rows: rows).render()
    }

    private static func details(_ change: AnswerChange) -> String {
        var parts: [String] = []
        if change.oldNote != change.newNote { parts.append("note: \(quoted(change.oldNote)) → \(quoted(change.newNote))") }
        if change.oldJustification != change.newJustification {
            parts.append("justification: \(quoted(change.oldJustification)) → \(quoted(change.newJustification))")
        }
        switch change.origin {
        case .given: break
        case .prefilled(let source): parts.append("pre-filled from \(source)")
        case .imported(let source): parts.append("imported from \(source)")
        }
        return parts.joined(separator: "; ")
    }

    private static func quoted(_ text: String) -> String { text.isEmpty ? "-" : "'\(text)'" }

}
