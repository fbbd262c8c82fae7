import AssessorCore
import Foundation
import GRDB

extension AssessmentStore {
    /// Every current answer, by question id.
    public func answers() throws(StoreError) -> [String: Answer] {
        try read(AnswerRecord.fetchAll)
    }

    /// Records an answer and its history entry in one transaction. Returns the change, or nil
    /// when the answer is the same as the one recorded (nothing is written then).
    @discardableResult
    public func record(_ answer: Answer, by person: String, at date: Date = Date()) throws(StoreError) -> AnswerChange? {
        try record([answer], by: person, at: date).first ?? nil
    }

    /// Records several answers (an answer and the answers it pre-fills, a sheet of answers) in one
    /// transaction: all of them are saved, or none. Returns each one's change, nil where it was
    /// the same as the one recorded.
    @discardableResult
    public func record(_ answers: [Answer], by person: String, at date: Date = Date()) throws(StoreError) -> [AnswerChange?] {
        try write { db in try answers.map { try Self.record($0, by: person, at: date, db) } }
    }

    private static func record(_ answer: Answer, by person: String, at date: Date, _ db: Database) throws -> AnswerChange? {
        let old = try Row.fetchOne(db, sql: "SELECT * FROM answer WHERE question = ?", arguments: [answer.questionID])
        let oldValue = old.flatMap { AnswerValue(storageKind: $0["kind"], text: $0["value"]) }
        if oldValue == answer.value, old?["note"] == answer.note, old?["justification"] == answer.justification,
           old?["origin"] == answer.origin.storageText {
            return nil
        }
        try db.execute(sql: """
            INSERT INTO answer (question, kind, value, note, justification, origin, answered_at, answered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(question) DO UPDATE SET kind = excluded.kind, value = excluded.value, note = excluded.note,
              justification = excluded.justification, origin = excluded.origin,
              answered_at = excluded.answered_at, answered_by = excluded.answered_by
            """, arguments: [answer.questionID, answer.value.storageKind, answer.value.text, answer.note,
                             answer.justification, answer.origin.storageText, date, person])
        let change = AnswerChange(
            questionID: answer.questionID, oldValue: oldValue, newValue: answer.value,
            oldNote: old?["note"] ?? "", newNote: answer.note,
            oldJustification: old?["justification"] ?? "", newJustification: answer.justification,
            origin: answer.origin, changedAt: date, changedBy: person)
        try HistoryRecord.insert(change, db)
        return change
    }

    /// Removes the answer to a question (it becomes unanswered), keeping the history.
    @discardableResult
    public func clearAnswer(to questionID: String, by person: String, at date: Date = Date()) throws(StoreError) -> AnswerChange? {
        try write { db in
            guard let old = try Row.fetchOne(db, sql: "SELECT * FROM answer WHERE question = ?", arguments: [questionID]) else {
                return nil
            }
            try db.execute(sql: "DELETE FROM answer WHERE question = ?", arguments: [questionID])
            let change = AnswerChange(
                questionID: questionID, oldValue: AnswerValue(storageKind: old["kind"], text: old["value"]), newValue: nil,
                oldNote: old["note"], newNote: "", oldJustification: old["justification"], newJustification: "",
                origin: .given, changedAt: date, changedBy: person)
            try HistoryRecord.insert(change, db)
            return change
        }
    }

    /// The audit trail, oldest first; of one question when given.
    public func history(of questionID: String? = nil) throws(StoreError) -> [AnswerChange] {
        try read { db in
            let rows = if let questionID {
                try Row.fetchAll(db, sql: "SELECT * FROM answer_history WHERE question = ? ORDER BY id", arguments: [questionID])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM answer_history ORDER BY id")
            }
            return rows.map(HistoryRecord.change)
        }
    }
}

/// Reads rows of `answer`.
enum AnswerRecord {
    static func fetchAll(_ db: Database) throws -> [String: Answer] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM answer")
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row -> (String, Answer)? in
            guard let value = AnswerValue(storageKind: row["kind"], text: row["value"]) else { return nil }
            let answer = Answer(questionID: row["question"], value: value, note: row["note"],
                                justification: row["justification"], origin: Answer.Origin(storageText: row["origin"]))
            return (answer.questionID, answer)
        })
    }
}

/// Reads and writes rows of `answer_history`.
enum HistoryRecord {
    static func insert(_ change: AnswerChange, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO answer_history (question, old_kind, old_value, new_kind, new_value, old_note, new_note,
              old_justification, new_justification, origin, changed_at, changed_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [change.questionID, change.oldValue?.storageKind, change.oldValue?.text,
                             change.newValue?.storageKind, change.newValue?.text, change.oldNote, change.newNote,
                             change.oldJustification, change.newJustification, change.origin.storageText,
                             change.changedAt, change.changedBy])
    }

    static func change(_ row: Row) -> AnswerChange {
        func value(_ kind: String?, _ text: String?) -> AnswerValue? {
            guard let kind, let text else { return nil }
            return AnswerValue(storageKind: kind, text: text)
        }
        return AnswerChange(
            questionID: row["question"], oldValue: value(row["old_kind"], row["old_value"]),
            newValue: value(row["new_kind"], row["new_value"]), oldNote: row["old_note"], newNote: row["new_note"],
            oldJustification: row["old_justification"], newJustification: row["new_justification"],
            origin: Answer.Origin(storageText: row["origin"]), changedAt: row["changed_at"], changedBy: row["changed_by"])
    }
}
