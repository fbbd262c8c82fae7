import AssessorCore
import Foundation
import GRDB

/// One assessment file: a SQLite database (WAL mode) holding the profile, every answer and its
/// history. Every write is one transaction, so an acknowledged answer survives a crash.
public final class AssessmentStore: Sendable {
    public let url: URL
    public let isReadOnly: Bool
    let database: any DatabaseWriter
    /// The writer's lock, held as long as the store when it was opened `exclusive`.
    let lock: AssessmentLock?

    private init(url: URL, database: any DatabaseWriter, isReadOnly: Bool, lock: AssessmentLock?) {
        self.url = url
        self.database = database
        self.isReadOnly = isReadOnly
        self.lock = lock
    }

    /// Creates a new assessment file; refuses to overwrite an existing one. With `exclusive`, the
    /// store holds the file's ``AssessmentLock`` for as long as it lives.
    public static func create(
        at url: URL, profile: AssessmentProfile, exclusive: Bool = false
    ) throws(StoreError) -> AssessmentStore {
        let path = url.path
        guard FileKind(path: path, followingLinks: false) == .missing else {
            throw StoreError(path: url.relativePath, reason: .alreadyExists)
        }
        let folder = url.deletingLastPathComponent()
        guard FileKind(path: folder.path) == .directory else {
            throw StoreError(path: url.relativePath, reason: .noSuchFolder(folder.relativePath))
        }
        // The empty file is created and locked in one step; SQLite then builds the database in it.
        let lock = try AssessmentLock.create(at: url)
        do {
            return try opening(url) {
                let database = try durablePool(path, readOnly: false)
                try database.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA application_id = \(AssessmentSchema.applicationID)")
                }
                try AssessmentSchema.migrator.migrate(database)
                try database.write { db in try ProfileRecord.insert(profile, db) }
                // Copy the first page, which carries the application id, from the WAL into the file
                // itself, where another process recognises the file by its header.
                _ = try database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
                return AssessmentStore(url: url, database: database, isReadOnly: false, lock: exclusive ? lock : nil)
            }
        } catch {
            for file in [url] + sideFiles(of: url).dropLast() { unlink(file.path) }
            throw error
        }
    }

    /// Opens an existing assessment file, upgrading an older format first. A file that is missing,
    /// not a regular file, not an assessment, or from a newer assessor is refused before anything
    /// is written. With `exclusive` (writers), the store takes the file's ``AssessmentLock`` first
    /// and holds it for as long as it lives; a file locked by another process is refused untouched.
    /// A `readOnly` store never writes; an older file is upgraded in place before it is read, under
    /// the lock taken just for that (see ``AssessmentUpgrade``), and refused when a writer holds it.
    /// On read-only media a reader opens the file as it is, and leaves nothing beside it.
    public static func open(
        at url: URL, readOnly: Bool = false, exclusive: Bool = false
    ) throws(StoreError) -> AssessmentStore {
        let path = url.path
        try AssessmentFileHeader.check(url)
        let lock = exclusive ? try AssessmentLock.acquire(for: url) : nil
        return try opening(url) {
            if readOnly, ReadOnlyMedia.holds(url) {
                let database = try ReadOnlyMedia.open(url)
                let state = try AssessmentSchema.state(of: database)
                guard state == .current else {
                    throw StoreError(path: url.relativePath, reason: state == .newer ? .newerFormat : .olderFormatNotWritable)
                }
                return AssessmentStore(url: url, database: database, isReadOnly: true, lock: lock)
            }
            var database = try durablePool(path, readOnly: readOnly)
            switch try AssessmentSchema.state(of: database) {
            case .newer: throw StoreError(path: url.relativePath, reason: .newerFormat)
            case .current: break
            case .older where readOnly:
                try database.close()
                try AssessmentUpgrade.run(url, holding: lock) { try durablePool(path, readOnly: false) }
                database = try durablePool(path, readOnly: true)
            case .older: try AssessmentSchema.migrator.migrate(database)
            }
            return AssessmentStore(url: url, database: database, isReadOnly: readOnly, lock: lock)
        }
    }

    /// A pool whose writer syncs the log to disk at every commit (`synchronous = FULL`; GRDB's WAL
    /// default, NORMAL, survives a crashed process but may lose the last answers on a power cut).
    static func durablePool(_ path: String, readOnly: Bool) throws -> DatabasePool {
        let database = try DatabasePool(path: path, configuration: configuration(readOnly: readOnly))
        if !readOnly { try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") } }
        return database
    }

    static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(5)
        return configuration
    }

    /// Runs a database action, turning GRDB's errors into a ``StoreError`` naming the file.
    static func opening<T>(_ url: URL, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let row as DamagedRow {
            throw StoreError(path: url.relativePath, reason: .damaged(row))
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError(path: url.relativePath, reason: .notAnAssessment)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw StoreError(path: url.relativePath, reason: .database(
                "the file is damaged (\(error.message ?? "database disk image is malformed")); restore it from a backup"))
        } catch {
            throw StoreError(path: url.relativePath, reason: .database("\(error)"))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try Self.opening(url) { try database.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try Self.opening(url) { try database.write(body) }
    }

    /// The profile recorded when the assessment was created.
    public func profile() throws(StoreError) -> AssessmentProfile {
        try read { db in try ProfileRecord.fetch(db) }
    }
}
