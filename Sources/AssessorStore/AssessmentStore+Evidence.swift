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
        try read { db in try EvidenceRecord.fetchAll(db, text: includingText) }
    }

    /// The matches of items not removed, of one evidence item or of all.
    public func evidenceMatches(of evidenceID: Int64? = nil) throws(StoreError) -> [EvidenceMatch] {
        try read { db in try EvidenceRecord.fetchAllMatches(db, of: evidenceID) }
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
