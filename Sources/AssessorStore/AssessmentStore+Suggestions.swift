import AssessorCore
import Foundation
import GRDB

extension AssessmentStore {
    /// The id of the stored item with these exact bytes, if any: an import skips such a file
    /// without reading it.
    public func evidenceID(forHash hash: String) throws(StoreError) -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT id FROM evidence_item WHERE hash = ?", arguments: [hash]) }
    }

    /// The answers imported evidence suggests, for one question or all, still open ones only
    /// unless `includingDecided`. The interview shows them at their question; taking one records
    /// `suggestion.answer(from:)` and marks it with ``decideSuggestion(_:status:by:at:)``.
    public func answerSuggestions(for questionID: String? = nil, includingDecided: Bool = false) throws(StoreError)
        -> [AnswerSuggestion] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let questionID {
                conditions.append("question = ?")
                arguments += [questionID]
            }
            if !includingDecided { conditions.append("status = 'suggested'") }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: "SELECT * FROM evidence_suggestion \(filter) ORDER BY id", arguments: arguments)
                .compactMap(SuggestionRecord.suggestion)
        }
    }

    /// Marks a suggestion taken or dismissed.
    public func decideSuggestion(
        _ id: Int64, status: AnswerSuggestion.Status, by person: String, at date: Date = Date()
    ) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE evidence_suggestion SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?",
                           arguments: [status.rawValue, date, person, id])
        }
    }
}

/// Reads and writes rows of `evidence_suggestion`.
enum SuggestionRecord {
    static func fetchAll(_ db: Database) throws -> [AnswerSuggestion] {
        try Row.fetchAll(db, sql: "SELECT * FROM evidence_suggestion ORDER BY id").compactMap(suggestion)
    }

    static func insert(_ suggestion: AnswerSuggestion, evidence: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO evidence_suggestion (evidence, question, module, requirement, kind, value, justification, source, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [evidence, suggestion.questionID, suggestion.requirement.module, suggestion.requirement.requirement,
                             suggestion.value.storageKind, suggestion.value.text, suggestion.justification,
                             suggestion.source, suggestion.status.rawValue])
    }

    static func suggestion(_ row: Row) -> AnswerSuggestion? {
        guard let value = AnswerValue(storageKind: row["kind"], text: row["value"]) else { return nil }
        return AnswerSuggestion(
            id: row["id"], evidenceID: row["evidence"], questionID: row["question"],
            requirement: RequirementReference(module: row["module"], requirement: row["requirement"]), value: value,
            justification: row["justification"], source: row["source"],
            status: AnswerSuggestion.Status(rawValue: row["status"]) ?? .suggested)
    }
}
