import Foundation

/// The writer's lock on an assessment file: an exclusive `flock` on the file itself, so that it is
/// keyed on the file's identity (device and inode) and every name of the file shares it: a symbolic
/// link, a hard link, `./x` and `x`. Nothing is written beside the file. The kernel releases the
/// lock when the holder exits, even on SIGKILL; SQLite's own locks (POSIX record locks) are
/// independent of it. Writers (an interview, `assessor answer`, an import) hold it; readers do not.
public final class AssessmentLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Takes the lock of the assessment at `url`, or throws ``StoreError`` `.locked` naming the
    /// holder's command and process id when another process (or another store) has it.
    public static func acquire(for url: URL) throws(StoreError) -> AssessmentLock {
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError(path: url.relativePath, reason: .database("cannot be opened: \(String(cString: strerror(errno)))"))
        }
        return try lock(descriptor, url: url)
    }

    /// Creates the file at `url` (it must not exist) and takes its lock at once, so that no other
    /// process can create or open the same assessment meanwhile.
    static func create(at url: URL) throws(StoreError) -> AssessmentLock {
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason: StoreError.Reason = errno == EEXIST
                ? .alreadyExists : .database("cannot be created: \(String(cString: strerror(errno)))")
            throw StoreError(path: url.relativePath, reason: reason)
        }
        return try lock(descriptor, url: url)
    }

    private static func lock(_ descriptor: Int32, url: URL) throws(StoreError) -> AssessmentLock {
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = LockHolder.find(for: descriptor)
            close(descriptor)
            throw StoreError(path: url.relativePath, reason: .locked(holder))
        }
        return AssessmentLock(descriptor: descriptor)
    }

    /// Lets go of the lock.
    deinit {
        close(descriptor)
    }
}
