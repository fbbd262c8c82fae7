import AssessorCore
import Foundation
import GRDB

extension AssessmentStore {
    /// Removes an evidence item, with the earlier revisions it replaced, from the current evidence.
    /// The rows stay as history: the removal is recorded with when and by whom, and the items no
    /// longer count anywhere (register, matches, suggested answers, readiness). Their content may
    /// be imported again, as a new revision. Nothing of the item is decoded, so a damaged item can
    /// be removed. Returns the ids removed, the given one first.
    @discardableResult
    public func removeEvidence(_ id: Int64, by person: String, at date: Date = Date()) throws(StoreError) -> [Int64] {
        let name = url.relativePath
        return try write { db in
            let current = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM evidence_item e WHERE id = ? AND \(EvidenceRecord.notRemoved))
                """, arguments: [id]) ?? false
            guard current else { throw StoreError(path: name, reason: .noSuchEvidence(id)) }
            let chain = try Int64.fetchAll(db, sql: """
                WITH RECURSIVE chain(id) AS (
                  SELECT ? UNION
                  SELECT e.supersedes FROM evidence_item e JOIN chain c ON e.id = c.id WHERE typeof(e.supersedes) = 'integer')
                SELECT id FROM chain c WHERE NOT EXISTS (SELECT 1 FROM evidence_removal r WHERE r.evidence = c.id)
                  AND EXISTS (SELECT 1 FROM evidence_item e WHERE e.id = c.id)
                """, arguments: [id])
            let removedAt = try StoredDate.checked(date)
            for item in chain {
                try db.execute(sql: "INSERT INTO evidence_removal (evidence, removed_at, removed_by) VALUES (?, ?, ?)",
                               arguments: [item, removedAt, person])
                // The content hash is kept, prefixed, so that the same bytes can be imported again.
                try db.execute(sql: "UPDATE evidence_item SET hash = 'removed:' || id || ':' || coalesce(hash, '') WHERE id = ?",
                               arguments: [item])
            }
            return [id] + chain.filter { $0 != id }
        }
    }
}
