import AssessorCore
import Foundation
import GRDB

extension AssessmentStore {
    /// The id of the stored item with these exact bytes, if any: an import skips such a file
    /// without reading it.
    public func evidenceID(forHash hash: String) throws(StoreError) -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM evidence_item e WHERE hash = ? AND \(EvidenceRecord.notRemoved)",
                               arguments: [hash])
        }
    }

    /// The answers imported evidence suggests, for one question or all, still open ones only
    /// unless `includingDecided`. The interview shows them at their question; taking one records
    /// `suggestion.answer(from:)` and marks it with ``decideSuggestion(_:status:by:at:)``.
    public func answerSuggestions(for questionID: String? = nil, includingDecided: Bool = false) throws(StoreError)
        -> [AnswerSuggestion] {
        try read { db in try SuggestionRecord.fetchAll(db, for: questionID, includingDecided: includingDecided) }
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
    /// The suggestions of items not removed, for one question or all, open ones only unless `includingDecided`.
    static func fetchAll(_ db: Database, for questionID: String? = nil, includingDecided: Bool = true) throws -> [AnswerSuggestion] {
        var conditions = ["evidence NOT IN (SELECT evidence FROM evidence_removal)"]
        var arguments: StatementArguments = []
        if let questionID {
            conditions.append("question = ?")
            arguments += [questionID]
        }
        if !includingDecided { conditions.append("status = 'suggested'") }
        let filter = "WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: "SELECT \(StoredRow.columns) FROM evidence_suggestion \(filter) ORDER BY id",
                                arguments: arguments)
            .map { try suggestion(EvidenceRecord.stored($0, table: "evidence_suggestion", idColumn: "evidence")) }
    }

    static func insert(_ suggestion: AnswerSuggestion, evidence: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO evidence_suggestion (evidence, question, module, requirement, kind, value, justification, source, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [evidence, suggestion.questionID, suggestion.requirement.module, suggestion.requirement.requirement,
                             suggestion.value.storageKind, suggestion.value.text, suggestion.justification,
                             suggestion.source, suggestion.status.rawValue])
    }

    static func suggestion(_ row: StoredRow) throws(DamagedRow) -> AnswerSuggestion {
        guard let value = try row.answerValue(kind: "kind", value: "value") else {
            throw row.damaged("value", "no value where one is required")
        }
        return AnswerSuggestion(
            id: try row.value("id"), evidenceID: try row.value("evidence"), questionID: try row.value("question"),
            requirement: RequirementReference(module: try row.value("module"), requirement: try row.value("requirement")),
            value: value, justification: try row.value("justification"), source: try row.value("source"),
            status: try row.value("status", of: AnswerSuggestion.Status.self))
    }
}
