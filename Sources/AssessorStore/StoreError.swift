/// Why an assessment file could not be created, opened or written. Each message names the file
/// and says what to do; nothing in the file has been changed when one is thrown.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case alreadyExists
        case notFound
        /// A folder where an assessment file was expected.
        case isAFolder
        /// The folder to create the file in does not exist (or is not a folder).
        case noSuchFolder(String)
        case notAnAssessment
        case newerFormat
        /// An older file a reader cannot upgrade: a writer (an older assessor's interview) holds it.
        case olderFormatInUse(LockHolder?)
        /// An older file a reader cannot upgrade: the file or its folder is not writable.
        case olderFormatNotWritable
        /// Another writer holds the file's lock.
        case locked(LockHolder?)
        /// A FIFO, a device, a socket: opening it could block or consume it.
        case notARegularFile(String)
        /// A row that cannot be read; the rest of the file can.
        case damaged(DamagedRow)
        /// No current evidence item has this id.
        case noSuchEvidence(Int64)
        /// On read-only media, with changes in its `-wal` file that cannot be read without writing.
        case unreadableLogOnReadOnlyMedia
        case unknownQuestion(String)
        case database(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .alreadyExists:
            return "\(path) already exists; choose another name or remove it first"
        case .notFound:
            return "\(path) does not exist; create it with 'assessor new \(path) --org NAME --standards ...'"
        case .isAFolder:
            return "\(path) is a folder, not an assessment file; give the path of the assessment file itself"
        case .noSuchFolder(let folder):
            return "\(path) cannot be created: the folder \(folder) does not exist; create it first or choose another path"
        case .notAnAssessment:
            return "\(path) is not an assessment file; check the name, or create one with 'assessor new'"
        case .newerFormat:
            return "\(path) was written by a newer assessor; update assessor to open it"
        case .olderFormatInUse(let holder):
            return "\(path) uses an older format and \(holder?.description ?? "another process") has it open; read it "
                + "again once that has ended, which lets this assessor upgrade it"
        case .olderFormatNotWritable:
            return "\(path) uses an older format and cannot be upgraded here, because it or its folder is not "
                + "writable; copy it to a folder you can write to and read the copy"
        case .locked(let holder):
            return "\(path) is locked by \(holder?.description ?? "another process"); let it finish or quit it first, "
                + "or read the file with 'assessor status' or 'assessor history'"
        case .notARegularFile(let kind):
            return "\(path) is \(kind), not an assessment file; give the path of the assessment file itself"
        case .damaged(let row):
            return "\(path): \(row) cannot be read; \(row.remedyText)"
        case .noSuchEvidence(let id):
            return "\(path) has no current evidence item \(id); list the evidence to see the ids"
        case .unreadableLogOnReadOnlyMedia:
            return "\(path) is on read-only media and its -wal file holds changes that cannot be read without writing; "
                + "copy the file with its -wal file to a writable folder and read the copy"
        case .unknownQuestion(let id):
            return "\(id) is not a question of \(path)"
        case .database(let detail):
            return "\(path): \(detail)"
        }
    }
}
