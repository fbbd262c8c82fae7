import AssessorCore
import Foundation
import GRDB

/// Reads and writes the profile row and the module versions.
enum ProfileRecord {
    static func insert(_ profile: AssessmentProfile, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO profile (id, organisation, standards, created_at, created_by) VALUES (1, ?, ?, ?, ?)",
            arguments: [profile.organisation, profile.standards.joined(separator: ","), profile.createdAt, profile.createdBy])
        for (module, version) in profile.moduleVersions {
            try db.execute(sql: "INSERT INTO module_version (module, version) VALUES (?, ?)", arguments: [module, version])
        }
    }

    static func fetch(_ db: Database) throws -> AssessmentProfile {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM profile WHERE id = 1") else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the profile is missing")
        }
        let versions = try Row.fetchAll(db, sql: "SELECT module, version FROM module_version")
        return AssessmentProfile(
            organisation: row["organisation"], standards: (row["standards"] as String).split(separator: ",").map(String.init),
            moduleVersions: Dictionary(uniqueKeysWithValues: versions.map { ($0["module"], $0["version"]) }),
            createdAt: row["created_at"], createdBy: row["created_by"])
    }
}
