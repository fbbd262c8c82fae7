import AssessorCore
import Foundation
import GRDB

extension AssessmentStore {
    /// Removes an evidence item, with the earlier revisions it replaced, from the current evidence.
    /// The rows stay as history: the removal is recorded with when and by whom, and the items no
    /// longer count anywhere (register, matches, suggested answers, readiness). Their content may
    /// be imported again, as a new revision. Nothing of the item but its id is read, and the ids
    /// come from a scan of the table, never a search of its tree, so that an item of a damaged file
    /// can be removed by the id its error names. Returns the ids removed, the given one first.
    @discardableResult
    public func removeEvidence(_ id: Int64, by person: String, at date: Date = Date()) throws(StoreError) -> [Int64] {
        let name = url.relativePath
        return try write { db in
            let removed = Set(try Row.fetchAll(db, sql: "SELECT evidence FROM evidence_removal")
                .compactMap { (try? $0.decode(Int64?.self, forColumn: "evidence")) ?? nil })
            var items = Set<Int64>(), previousOf: [Int64: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, supersedes FROM evidence_item") {
                guard let item = (try? row.decode(Int64?.self, forColumn: "id")) ?? nil else { continue }
                items.insert(item)
                previousOf[item] = (try? row.decode(Int64?.self, forColumn: "supersedes")) ?? nil
            }
            guard items.contains(id), !removed.contains(id) else { throw StoreError(path: name, reason: .noSuchEvidence(id)) }
            var chain = [id]
            while let previous = previousOf[chain[chain.count - 1]], items.contains(previous), !removed.contains(previous),
                  !chain.contains(previous) {
                chain.append(previous)
            }
            let removedAt = try StoredDate.checked(date)
            for item in chain {
                try db.execute(sql: "INSERT INTO evidence_removal (evidence, removed_at, removed_by) VALUES (?, ?, ?)",
                               arguments: [item, removedAt, person])
                // The content hash is kept, prefixed, so that the same bytes can be imported again.
                try db.execute(sql: "UPDATE evidence_item SET hash = 'removed:' || id || ':' || coalesce(hash, '') WHERE id = ?",
                               arguments: [item])
            }
            return chain
        }
    }
}
