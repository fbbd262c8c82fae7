import GRDB

/// The tables of an assessment file and the migrations that build them. A migration is never
/// edited once released: a change of format is a new migration appended to the list.
enum AssessmentSchema {
    /// `PRAGMA application_id` of every assessment file ("ASSR"), which tells it from other SQLite files.
    static let applicationID: Int32 = 0x4153_5352

    /// How a file's format compares with this assessor's.
    enum FormatState {
        case current
        /// Written by an older assessor: some migrations have not run.
        case older
        /// Written by a newer assessor: it has migrations this one does not know.
        case newer
    }

    static func state(of database: some DatabaseReader) throws -> FormatState {
        let migrator = self.migrator
        return try database.read { db in
            if try migrator.hasBeenSuperseded(db) { return .newer }
            return try migrator.hasCompletedMigrations(db) ? .current : .older
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: profile, answers and history") { db in
            try db.create(table: "profile") { table in
                table.primaryKey("id", .integer).check { $0 == 1 }
                table.column("organisation", .text).notNull()
                table.column("standards", .text).notNull()
                table.column("created_at", .datetime).notNull()
                table.column("created_by", .text).notNull()
            }
            try db.create(table: "module_version") { table in
                table.primaryKey("module", .text)
                table.column("version", .text).notNull()
            }
            try db.create(table: "answer") { table in
                table.primaryKey("question", .text)
                table.column("kind", .text).notNull()
                table.column("value", .text).notNull()
                table.column("note", .text).notNull().defaults(to: "")
                table.column("justification", .text).notNull().defaults(to: "")
                table.column("origin", .text).notNull().defaults(to: "given")
                table.column("answered_at", .datetime).notNull()
                table.column("answered_by", .text).notNull()
            }
            try db.create(table: "answer_history") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("question", .text).notNull().indexed()
                table.column("old_kind", .text)
                table.column("old_value", .text)
                table.column("new_kind", .text)
                table.column("new_value", .text)
                table.column("old_note", .text).notNull()
                table.column("new_note", .text).notNull()
                table.column("old_justification", .text).notNull()
                table.column("new_justification", .text).notNull()
                table.column("origin", .text).notNull()
                table.column("changed_at", .datetime).notNull()
                table.column("changed_by", .text).notNull()
            }
        }
        migrator.registerMigration("v2: evidence and matches") { db in
            try db.create(table: "evidence_item") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("hash", .text).notNull().unique()
                table.column("path", .text).notNull().indexed()
                table.column("format", .text).notNull()
                table.column("size", .integer).notNull()
                table.column("title", .text).notNull()
                table.column("author", .text).notNull()
                table.column("created", .datetime)
                table.column("modified", .datetime)
                table.column("document_version", .text)
                table.column("review_date", .datetime)
                table.column("recognised_as", .text)
                table.column("text", .text).notNull()
                table.column("revision", .integer).notNull()
                table.column("supersedes", .integer).references("evidence_item")
                table.column("imported_at", .datetime).notNull()
            }
            try db.create(table: "evidence_match") { table in
                table.column("evidence", .integer).notNull().references("evidence_item", onDelete: .cascade)
                table.column("module", .text).notNull()
                table.column("requirement", .text).notNull()
                table.column("confidence", .double).notNull()
                table.column("reason", .text).notNull()
                table.column("status", .text).notNull()
                table.column("decided_at", .datetime)
                table.column("decided_by", .text)
                table.primaryKey(["evidence", "module", "requirement"])
            }
            try db.create(index: "evidence_match_requirement", on: "evidence_match", columns: ["module", "requirement"])
        }
        migrator.registerMigration("v3: answers suggested by evidence") { db in
            try db.create(table: "evidence_suggestion") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("evidence", .integer).notNull().references("evidence_item", onDelete: .cascade)
                table.column("question", .text).notNull().indexed()
                table.column("module", .text).notNull()
                table.column("requirement", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("value", .text).notNull()
                table.column("justification", .text).notNull()
                table.column("source", .text).notNull()
                table.column("status", .text).notNull()
                table.column("decided_at", .datetime)
                table.column("decided_by", .text)
            }
        }
        // Checked as it runs, not by a whole-file foreign key check afterwards: a damaged file
        // (a match left without its item) must still open, so the damage can be found and removed.
        migrator.registerMigration("v4: evidence removals", foreignKeyChecks: .immediate) { db in
            try db.create(table: "evidence_removal") { table in
                // No foreign key: in a damaged file the item's row may be found by a scan only.
                table.primaryKey("evidence", .integer)
                table.column("removed_at", .datetime).notNull()
                table.column("removed_by", .text).notNull()
            }
        }
        return migrator
    }
}
