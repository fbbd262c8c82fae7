import Foundation

/// The writer's lock on an assessment file: an exclusive `flock` on a sidecar `<file>.lock` that
/// records the holder's process id. The kernel releases it when the holder exits, even on
/// SIGKILL, so a sidecar left behind by a crash is not a lock: the next writer takes it over.
/// Writers (an interview, `assessor answer`) hold it; readers do not need it.
public final class AssessmentLock: Sendable {
    /// The sidecar's path.
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// The sidecar of an assessment file.
    public static func sidecar(of url: URL) -> String { url.path + ".lock" }

    /// Takes the lock of the assessment at `url`, or throws ``StoreError`` `.locked` naming the
    /// holder's process id when another running process has it.
    public static func acquire(for url: URL) throws(StoreError) -> AssessmentLock {
        let path = sidecar(of: url)
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw StoreError(path: url.relativePath, reason: .database("cannot create \(path): \(String(cString: strerror(errno)))"))
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let holder = holderID(descriptor)
                close(descriptor)
                throw StoreError(path: url.relativePath, reason: .locked(pid: holder))
            }
            // The previous holder removes the sidecar when it lets go; a lock taken on a removed
            // sidecar locks nothing, so take the one now at the path instead.
            guard isStillAtPath(descriptor, path) else {
                close(descriptor)
                continue
            }
            let record = Array("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = pwrite(descriptor, record, record.count, 0)
            return AssessmentLock(path: path, descriptor: descriptor)
        }
    }

    /// Lets go of the lock and removes the sidecar.
    deinit {
        unlink(path)
        close(descriptor)
    }

    private static func holderID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func isStillAtPath(_ descriptor: Int32, _ path: String) -> Bool {
        var opened = stat(), named = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &named) == 0 else { return false }
        return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
    }
}
