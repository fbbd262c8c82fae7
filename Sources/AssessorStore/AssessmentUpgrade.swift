import Foundation
import GRDB
import Logging

/// Format upgrades, for `ASSESSOR_LOG_LEVEL=info`.
private let log = Logger(label: "assessor.store")

/// Brings a file written by an older assessor up to the current format for a reader (`status`,
/// `score`, `report`...), so that reading never needs an interview first. The upgrade is a
/// writer's job: it takes the file's ``AssessmentLock`` for as long as the migrations run and
/// releases it at once. When a writer already holds the lock, or the file or its folder cannot
/// be written, the file is left untouched and the reader is refused with one line saying why.
enum AssessmentUpgrade {
    /// Migrates the file at `url` through a writable pool made by `writablePool`. `held` is the
    /// caller's own lock, when it has one (then no second lock is taken).
    static func run(_ url: URL, holding held: AssessmentLock?, writablePool: () throws -> DatabasePool) throws {
        let name = url.relativePath
        let folder = url.deletingLastPathComponent().path
        guard access(url.path, W_OK) == 0, access(folder, W_OK) == 0 else {
            throw StoreError(path: name, reason: .olderFormatNotWritable)
        }
        let lock = try held ?? lockForUpgrade(url)
        try withExtendedLifetime(lock) {
            let database = try writablePool()
            let migrator = AssessmentSchema.migrator
            let applied = try database.read { try migrator.appliedIdentifiers($0) }
            try migrator.migrate(database)
            try database.close()
            let added = migrator.migrations.filter { !applied.contains($0) }
            log.info("upgraded an assessment file written by an older assessor", metadata: [
                "file": "\(name)", "migrations": "\(added.joined(separator: ", "))",
            ])
        }
    }

    /// The file's lock; refused naming the holder when a writer has it.
    private static func lockForUpgrade(_ url: URL) throws(StoreError) -> AssessmentLock {
        do {
            return try AssessmentLock.acquire(for: url)
        } catch {
            guard case .locked(let holder) = error.reason else { throw error }
            throw StoreError(path: url.relativePath, reason: .olderFormatInUse(holder))
        }
    }
}
