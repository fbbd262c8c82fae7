import AssessorCore
import Foundation
import GRDB

/// What storing an evidence item did.
public enum EvidenceImportOutcome: Sendable, Equatable {
    /// A new file: stored as revision 1.
    case imported(id: Int64)
    /// The same bytes were imported before: nothing written.
    case unchanged(id: Int64)
    /// A changed file at a path imported before: stored as a new revision of `previous`.
    case newRevision(id: Int64, previous: Int64)

    public var id: Int64 {
        switch self {
        case .imported(let id), .unchanged(let id), .newRevision(let id, _): return id
        }
    }
}

extension AssessmentStore {
    /// Stores an item, its suggested matches and the answers it suggests in one transaction. The
    /// same content is never stored twice; a changed file at a known path becomes a new revision.
    @discardableResult
    public func addEvidence(
        _ item: EvidenceItem, matches: [EvidenceMatch] = [], suggestions: [AnswerSuggestion] = []
    ) throws(StoreError) -> EvidenceImportOutcome {
        try write { db in try EvidenceRecord.add(item, matches: matches, suggestions: suggestions, db) }
    }

    /// Stores several items as ``addEvidence(_:matches:suggestions:)`` would, in order, in one
    /// transaction: one sync to disk for all of them instead of one per item. Either all are stored
    /// or, on a database error, none of them (items stored before stay stored).
    public func addEvidence(
        batch: [(item: EvidenceItem, matches: [EvidenceMatch], suggestions: [AnswerSuggestion])]
    ) throws(StoreError) -> [EvidenceImportOutcome] {
        try write { db in try batch.map { try EvidenceRecord.add($0.item, matches: $0.matches, suggestions: $0.suggestions, db) } }
    }

    /// Every evidence item, oldest first; the text is left empty unless asked for.
    public func evidence(includingText: Bool = false) throws(StoreError) -> [EvidenceItem] {
        try read { db in try EvidenceRecord.fetchAll(db, text: includingText) }
    }

    /// The matches, of one evidence item or of all.
    public func evidenceMatches(of evidenceID: Int64? = nil) throws(StoreError) -> [EvidenceMatch] {
        try read { db in
            guard let evidenceID else { return try EvidenceRecord.fetchAllMatches(db) }
            return try Row.fetchAll(db, sql: "SELECT * FROM evidence_match WHERE evidence = ? ORDER BY confidence DESC",
                                    arguments: [evidenceID]).map(EvidenceRecord.match)
        }
    }

    /// Accepts or rejects a suggested match, or links evidence to a requirement by hand.
    public func decide(
        evidence evidenceID: Int64, requirement: RequirementReference, status: EvidenceMatch.Status, by person: String,
        at date: Date = Date()
    ) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO evidence_match (evidence, module, requirement, confidence, reason, status, decided_at, decided_by)
                VALUES (?, ?, ?, 1, 'linked by hand', ?, ?, ?)
                ON CONFLICT(evidence, module, requirement) DO UPDATE SET status = excluded.status,
                  decided_at = excluded.decided_at, decided_by = excluded.decided_by
                """, arguments: [evidenceID, requirement.module, requirement.requirement, status.rawValue, date, person])
        }
    }
}

/// Reads and writes rows of `evidence_item` and `evidence_match`.
enum EvidenceRecord {
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
        item.revision = (previous?["revision"] as Int? ?? 0) + 1
        item.supersedes = previous?["id"]
        let id = try insert(item, db)
        for match in matches { try insert(match, evidence: id, db) }
        for suggestion in suggestions { try SuggestionRecord.insert(suggestion, evidence: id, db) }
        return item.supersedes.map { .newRevision(id: id, previous: $0) } ?? .imported(id: id)
    }

    static func fetchAll(_ db: Database, text: Bool) throws -> [EvidenceItem] {
        try Row.fetchAll(db, sql: "SELECT * FROM evidence_item ORDER BY id").map { item($0, text: text) }
    }

    static func fetchAllMatches(_ db: Database) throws -> [EvidenceMatch] {
        try Row.fetchAll(db, sql: "SELECT * FROM evidence_match ORDER BY evidence, confidence DESC").map(match)
    }

    static func insert(_ item: EvidenceItem, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO evidence_item (hash, path, format, size, title, author, created, modified, document_version,
              review_date, recognised_as, text, revision, supersedes, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [item.contentHash, item.path, item.format.rawValue, item.size, item.title, item.author,
                             item.created, item.modified, item.documentVersion, item.reviewDate, item.recognisedAs,
                             item.text, item.revision, item.supersedes, item.importedAt])
        return db.lastInsertedRowID
    }

    static func insert(_ match: EvidenceMatch, evidence: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO evidence_match (evidence, module, requirement, confidence, reason, status)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [evidence, match.requirement.module, match.requirement.requirement, match.confidence,
                             match.reason, match.status.rawValue])
    }

    static func item(_ row: Row, text: Bool) -> EvidenceItem {
        EvidenceItem(
            id: row["id"], contentHash: row["hash"], path: row["path"],
            format: EvidenceItem.Format(rawValue: row["format"]) ?? .xml, size: row["size"], title: row["title"],
            author: row["author"], created: row["created"], modified: row["modified"],
            documentVersion: row["document_version"], reviewDate: row["review_date"], recognisedAs: row["recognised_as"],
            text: text ? row["text"] : "", revision: row["revision"], supersedes: row["supersedes"],
            importedAt: row["imported_at"])
    }

    static func match(_ row: Row) -> EvidenceMatch {
        EvidenceMatch(
            evidenceID: row["evidence"], requirement: RequirementReference(module: row["module"], requirement: row["requirement"]),
            confidence: row["confidence"], reason: row["reason"],
            status: EvidenceMatch.Status(rawValue: row["status"]) ?? .suggested)
    }
}
