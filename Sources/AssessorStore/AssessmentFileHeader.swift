import AssessorCore
import Foundation

/// Recognises an assessment file from its first bytes, without opening it with SQLite (which
/// could switch another database's journal mode): the SQLite signature and our application id.
/// Only a regular file is opened, and without blocking: a FIFO, a device or a socket is refused at once.
enum AssessmentFileHeader {
    static func check(_ url: URL) throws(StoreError) {
        let name = url.relativePath
        switch FileKind(path: url.path) {
        case .regular: break
        case .missing: throw StoreError(path: name, reason: .notFound)
        case .directory: throw StoreError(path: name, reason: .isAFolder)
        case .inaccessible(let reason): throw StoreError(path: name, reason: .database("cannot be read: \(reason)"))
        case let other: throw StoreError(path: name, reason: .notARegularFile(other.description))
        }
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError(path: name, reason: .database("cannot be read; check its permissions"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw StoreError(path: name, reason: .notARegularFile("not a regular file"))
        }
        var header = [UInt8](repeating: 0, count: 72)
        guard pread(descriptor, &header, header.count, 0) == header.count,
              header.prefix(16).elementsEqual("SQLite format 3\0".utf8) else {
            throw StoreError(path: name, reason: .notAnAssessment)
        }
        let applicationID = header[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        guard applicationID == AssessmentSchema.applicationID else { throw StoreError(path: name, reason: .notAnAssessment) }
    }
}

extension AssessmentStore {
    /// Whether the file at `url` is an assessment file (of any version), judged from its header
    /// alone: for callers that must never write over one.
    public static func isAssessment(at url: URL) -> Bool {
        do {
            try AssessmentFileHeader.check(url)
            return true
        } catch {
            return false
        }
    }

    /// The side files SQLite and older assessors keep beside an assessment: `-wal`, `-shm`,
    /// `-journal` and `.lock`. Nothing may be written over them.
    public static func sideFiles(of url: URL) -> [URL] {
        sideSuffixes.map { URL(fileURLWithPath: url.path + $0) }
    }

    /// What side file names add to the assessment's name.
    public static let sideSuffixes = ["-wal", "-shm", "-journal", ".lock"]
}
