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

    /// Every evidence item not removed, oldest first (older revisions too); the text is left
    /// empty unless asked for. An item that cannot be read is a ``StoreError`` naming it.
    public func evidence(includingText: Bool = false) throws(StoreError) -> [EvidenceItem] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(StoredRow.columns) FROM evidence_item e WHERE \(EvidenceRecord.notRemoved) ORDER BY id")
                .map { try EvidenceRecord.item(EvidenceRecord.stored($0), text: includingText) }
        }
    }

    /// The matches of items not removed, of one evidence item or of all.
    public func evidenceMatches(of evidenceID: Int64? = nil) throws(StoreError) -> [EvidenceMatch] {
        try read { db in
            let current = "evidence NOT IN (SELECT evidence FROM evidence_removal)"
            let rows = if let evidenceID {
                try Row.fetchAll(db, sql: """
                    SELECT \(StoredRow.columns) FROM evidence_match WHERE evidence = ? AND \(current) ORDER BY confidence DESC
                    """, arguments: [evidenceID])
            } else {
                try Row.fetchAll(db, sql: """
                    SELECT \(StoredRow.columns) FROM evidence_match WHERE \(current) ORDER BY evidence, confidence DESC
                    """)
            }
            return try rows.map { try EvidenceRecord.match(EvidenceRecord.stored($0, table: "evidence_match", idColumn: "evidence")) }
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

    /// How many accepted evidence items support each requirement (latest revisions only).
    public func acceptedEvidence() throws(StoreError) -> [RequirementReference: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT m.module, m.requirement, COUNT(*) AS count FROM evidence_match m
                JOIN evidence_item e ON e.id = m.evidence
                WHERE m.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM evidence_item n WHERE n.supersedes = e.id)
                  AND \(EvidenceRecord.notRemoved)
                GROUP BY m.module, m.requirement
                """)
            let counts = try rows.map { found in
                let row = StoredRow(found, table: "evidence_match")
                return (RequirementReference(module: try row.value("module"), requirement: try row.value("requirement")),
                        try row.value("count", as: Int.self))
            }
            return Dictionary(counts) { first, _ in first }
        }
    }
}
