import AssessorCore
import Foundation
import GRDB

extension AssessmentStore {
    /// Every current answer, by question id. A row that cannot be read is a ``StoreError`` naming it.
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
        // The answer it replaces, as far as it can be read: a damaged row is replaced, not read.
        let old = try Row.fetchOne(db, sql: "SELECT \(StoredRow.columns) FROM answer WHERE question = ?",
                                   arguments: [answer.questionID]).flatMap { try? AnswerRecord.answer(StoredRow($0, table: "answer")) }
        if let old, old.value == answer.value, old.note == answer.note, old.justification == answer.justification,
           old.origin == answer.origin {
            return nil
        }
        try db.execute(sql: """
            INSERT INTO answer (question, kind, value, note, justification, origin, answered_at, answered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(question) DO UPDATE SET kind = excluded.kind, value = excluded.value, note = excluded.note,
              justification = excluded.justification, origin = excluded.origin,
              answered_at = excluded.answered_at, answered_by = excluded.answered_by
            """, arguments: [answer.questionID, answer.value.storageKind, answer.value.text, answer.note,
                             answer.justification, answer.origin.storageText, try StoredDate.checked(date), person])
        let change = AnswerChange(
            questionID: answer.questionID, oldValue: old?.value, newValue: answer.value,
            oldNote: old?.note ?? "", newNote: answer.note,
            oldJustification: old?.justification ?? "", newJustification: answer.justification,
            origin: answer.origin, changedAt: date, changedBy: person)
        try HistoryRecord.insert(change, db)
        return change
    }

    /// Removes the answer to a question (it becomes unanswered), keeping the history.
    @discardableResult
    public func clearAnswer(to questionID: String, by person: String, at date: Date = Date()) throws(StoreError) -> AnswerChange? {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(StoredRow.columns) FROM answer WHERE question = ?",
                                             arguments: [questionID]) else {
                return nil
            }
            let old = try? AnswerRecord.answer(StoredRow(row, table: "answer"))
            try db.execute(sql: "DELETE FROM answer WHERE question = ?", arguments: [questionID])
            let change = AnswerChange(
                questionID: questionID, oldValue: old?.value, newValue: nil,
                oldNote: old?.note ?? "", newNote: "", oldJustification: old?.justification ?? "", newJustification: "",
                origin: .given, changedAt: date, changedBy: person)
            try HistoryRecord.insert(change, db)
            return change
        }
    }

    /// The audit trail, oldest first; of one question when given.
    public func history(of questionID: String? = nil) throws(StoreError) -> [AnswerChange] {
        try read { db in
            let rows = if let questionID {
                try Row.fetchAll(db, sql: "SELECT \(StoredRow.columns) FROM answer_history WHERE question = ? ORDER BY id",
                                 arguments: [questionID])
            } else {
                try Row.fetchAll(db, sql: "SELECT \(StoredRow.columns) FROM answer_history ORDER BY id")
            }
            return try rows.map { try HistoryRecord.change(StoredRow($0, table: "answer_history")) }
        }
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
                             try StoredDate.checked(change.changedAt), change.changedBy])
    }

    static func change(_ row: StoredRow) throws(DamagedRow) -> AnswerChange {
        AnswerChange(
            questionID: try row.value("question"), oldValue: try row.answerValue(kind: "old_kind", value: "old_value"),
            newValue: try row.answerValue(kind: "new_kind", value: "new_value"),
            oldNote: try row.value("old_note"), newNote: try row.value("new_note"),
            oldJustification: try row.value("old_justification"), newJustification: try row.value("new_justification"),
            origin: Answer.Origin(storageText: try row.value("origin")), changedAt: try row.date("changed_at"),
            changedBy: try row.value("changed_by"))
    }
}

/// Reads rows of `answer`.
enum AnswerRecord {
    /// Every answer by question id; a row that cannot be read is a ``DamagedRow``.
    static func fetchAll(_ db: Database) throws -> [String: Answer] {
        let rows = try Row.fetchAll(db, sql: "SELECT \(StoredRow.columns) FROM answer")
        let answers = try rows.map { try answer(StoredRow($0, table: "answer")) }
        return Dictionary(answers.map { ($0.questionID, $0) }) { first, _ in first }
    }

    static func answer(_ row: StoredRow) throws(DamagedRow) -> Answer {
        guard let value = try row.answerValue(kind: "kind", value: "value") else {
            throw row.damaged("value", "no value where one is required")
        }
        _ = try row.date("answered_at")
        return Answer(questionID: try row.value("question"), value: value, note: try row.value("note"),
                      justification: try row.value("justification"),
                      origin: Answer.Origin(storageText: try row.value("origin")))
    }
}

extension StoredRow {
    /// An answer value stored as a kind tag and a text; nil when both are NULL (no answer).
    func answerValue(kind kindColumn: String, value valueColumn: String) throws(DamagedRow) -> AnswerValue? {
        let kind: String? = try value(kindColumn), text: String? = try value(valueColumn)
        guard let kind, let text else { return nil }
        guard let answer = AnswerValue(storageKind: kind, text: text) else {
            throw damaged(valueColumn, "'\(TerminalSafe.escaped(String(text.prefix(40))))' is not a \(TerminalSafe.escaped(String(kind.prefix(20)))) answer")
        }
        return answer
    }
}
