import AssessorCore
import Foundation
import GRDB

/// Reads and writes rows of `evidence_item` and `evidence_match`.
enum EvidenceRecord {
    /// The SQL condition of an item `e` not removed.
    static let notRemoved = "NOT EXISTS (SELECT 1 FROM evidence_removal r WHERE r.evidence = e.id)"

    /// Adds an item with its matches and suggestions, unless the same content is stored already.
    static func add(
        _ item: EvidenceItem, matches: [EvidenceMatch], suggestions: [AnswerSuggestion], _ db: Database
    ) throws -> EvidenceImportOutcome {
        if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM evidence_item WHERE hash = ?", arguments: [item.contentHash]) {
            return .unchanged(id: existing)
        }
        var item = item
        let previous = try Row.fetchOne(db, sql: """
            SELECT id, revision FROM evidence_item WHERE path = ? ORDER BY revision DESC LIMIT 1
            """, arguments: [item.path])
        item.revision = (try previous?.decode(Int?.self, forColumn: "revision")).flatMap { $0 }.map { $0 + 1 } ?? 1
        item.supersedes = (try previous?.decode(Int64?.self, forColumn: "id")).flatMap { $0 }
        let id = try insert(item, db)
        for match in matches { try insert(match, evidence: id, db) }
        for suggestion in suggestions { try SuggestionRecord.insert(suggestion, evidence: id, db) }
        return item.supersedes.map { .newRevision(id: id, previous: $0) } ?? .imported(id: id)
    }

    /// Every item not removed, oldest first.
    static func fetchAll(_ db: Database, text: Bool) throws -> [EvidenceItem] {
        try Row.fetchAll(db, sql: "SELECT \(StoredRow.columns) FROM evidence_item e WHERE \(notRemoved) ORDER BY id")
            .map { try item(stored($0), text: text) }
    }

    /// The matches of items not removed, of one item or of all.
    static func fetchAllMatches(_ db: Database, of evidenceID: Int64? = nil) throws -> [EvidenceMatch] {
        let current = "evidence NOT IN (SELECT evidence FROM evidence_removal)"
        let rows = if let evidenceID {
            try Row.fetchAll(db, sql: """
                SELECT \(StoredRow.columns) FROM evidence_match WHERE evidence = ? AND \(current) ORDER BY confidence DESC
                """, arguments: [evidenceID])
        } else {
            try Row.fetchAll(db, sql: "SELECT \(StoredRow.columns) FROM evidence_match WHERE \(current) ORDER BY evidence, confidence DESC")
        }
        return try rows.map { try match(stored($0, table: "evidence_match", idColumn: "evidence")) }
    }

    /// Inserts an item. A date the document states outside ``DateBounds`` is left out (a year 10000
    /// is a typo or an attack, not a date); the item is stored without it.
    static func insert(_ item: EvidenceItem, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO evidence_item (hash, path, format, size, title, author, created, modified, document_version,
              review_date, recognised_as, text, revision, supersedes, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [item.contentHash, item.path, item.format.rawValue, item.size, item.title, item.author,
                             DateBounds.checked(item.created), DateBounds.checked(item.modified), item.documentVersion,
                             DateBounds.checked(item.reviewDate), item.recognisedAs, item.text, item.revision,
                             item.supersedes, try StoredDate.checked(item.importedAt)])
        return db.lastInsertedRowID
    }

    static func insert(_ match: EvidenceMatch, evidence: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO evidence_match (evidence, module, requirement, confidence, reason, status)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [evidence, match.requirement.module, match.requirement.requirement,
                             match.confidence.isFinite ? match.confidence : 0, match.reason, match.status.rawValue])
    }

    /// A row of `table` that belongs to an evidence item (its `idColumn`): removing the item is the remedy.
    static func stored(_ row: Row, table: String = "evidence_item", idColumn: String = "id") -> StoredRow {
        var stored = StoredRow(row, table: table)
        if let id = (try? row.decode(Int64?.self, forColumn: idColumn)) ?? nil { stored.recovery = .removeEvidence(id) }
        return stored
    }

    static func item(_ row: StoredRow, text: Bool) throws(DamagedRow) -> EvidenceItem {
        let size: Int64 = try row.value("size"), revision: Int = try row.value("revision")
        guard size >= 0 else { throw row.damaged("size", "a negative size") }
        return EvidenceItem(
            id: try row.value("id"), contentHash: try row.value("hash"), path: try row.value("path"),
            format: try row.value("format", of: EvidenceItem.Format.self), size: size, title: try row.value("title"),
            author: try row.value("author"), created: try row.optionalDate("created"), modified: try row.optionalDate("modified"),
            documentVersion: try row.value("document_version"), reviewDate: try row.optionalDate("review_date"),
            recognisedAs: try row.value("recognised_as"), text: text ? try row.value("text") : "", revision: revision,
            supersedes: try row.value("supersedes"), importedAt: try row.date("imported_at"))
    }

    static func match(_ row: StoredRow) throws(DamagedRow) -> EvidenceMatch {
        let confidence: Double = try row.value("confidence")
        guard confidence.isFinite, (0...1).contains(confidence) else {
            throw row.damaged("confidence", "\(confidence) is not between 0 and 1")
        }
        return EvidenceMatch(
            evidenceID: try row.value("evidence"),
            requirement: RequirementReference(module: try row.value("module"), requirement: try row.value("requirement")),
            confidence: confidence, reason: try row.value("reason"),
            status: try row.value("status", of: EvidenceMatch.Status.self))
    }
}
