import AssessorCore
import Foundation
import GRDB

/// Reads and writes the profile row and the module versions.
enum ProfileRecord {
    static func insert(_ profile: AssessmentProfile, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO profile (id, organisation, standards, created_at, created_by) VALUES (1, ?, ?, ?, ?)",
            arguments: [profile.organisation, profile.standards.joined(separator: ","),
                        profile.createdAt.flatMap(DateBounds.checked) ?? Date(), profile.createdBy])
        for (module, version) in profile.moduleVersions {
            try db.execute(sql: "INSERT INTO module_version (module, version) VALUES (?, ?)", arguments: [module, version])
        }
    }

    /// The profile; the organisation, the standards and the module versions must be readable,
    /// while a damaged creation date or author is left out (nothing but `check` reads them).
    static func fetch(_ db: Database) throws -> AssessmentProfile {
        guard let found = try Row.fetchOne(db, sql: "SELECT \(StoredRow.columns) FROM profile WHERE id = 1") else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the profile is missing")
        }
        let row = StoredRow(found, table: "profile")
        let versions = try Row.fetchAll(db, sql: "SELECT \(StoredRow.columns) FROM module_version").map { found in
            let version = StoredRow(found, table: "module_version")
            return (try version.value("module", as: String.self), try version.value("version", as: String.self))
        }
        return AssessmentProfile(
            organisation: try row.value("organisation"),
            standards: (try row.value("standards", as: String.self)).split(separator: ",").map(String.init),
            moduleVersions: Dictionary(versions) { first, _ in first },
            createdAt: try? row.date("created_at"), createdBy: (try? row.value("created_by")) ?? "")
    }

    /// Every problem of the profile and module versions, for `check`.
    static func problems(_ db: Database) throws -> [DamagedRow] {
        guard let found = try Row.fetchOne(db, sql: "SELECT \(StoredRow.columns) FROM profile WHERE id = 1") else {
            return [DamagedRow(table: "profile", rowID: 1, column: "id", problem: "the profile row is missing",
                               recovery: .restoreBackup)]
        }
        let row = StoredRow(found, table: "profile")
        return RowCheck.problems { () throws(DamagedRow) in _ = try row.value("organisation", as: String.self) }
            + RowCheck.problems { () throws(DamagedRow) in _ = try row.value("standards", as: String.self) }
            + RowCheck.problems { () throws(DamagedRow) in _ = try row.date("created_at") }
            + RowCheck.problems { () throws(DamagedRow) in _ = try row.value("created_by", as: String.self) }
    }
}
