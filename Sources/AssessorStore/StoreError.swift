import AssessorCore
/// Why an assessment file could not be created, opened or written. Each message names the file
/// and says what to do; nothing in the file has been changed when one is thrown.
public struct StoreError: Error, Sendable, Equatable {
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
        /// A standard of the assessment that no loaded module defines.
        case standardNotLoaded(String)
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

}

extension StoreError: ExplainedError {
    public var summary: String {
        switch self.reason {
        case .alreadyExists: "\(path) already exists"
        case .notFound: "\(path) does not exist"
        case .isAFolder: "\(path) is a folder, not an assessment file"
        case .noSuchFolder(let folder): "\(path) cannot be created: the folder \(folder) does not exist"
        case .notAnAssessment: "\(path) is not an assessment file"
        case .newerFormat: "\(path) was written by a newer assessor"
        case .olderFormatInUse(let holder):
            "\(path) uses an older format and \(holder?.description ?? "another process") has it open"
        case .olderFormatNotWritable:
            "\(path) uses an older format and cannot be upgraded here, because it or its folder is not writable"
        case .locked(let holder): "\(path) is locked by \(holder?.description ?? "another process")"
        case .standardNotLoaded(let id): "\(path) assesses '\(id)', which is not among the loaded modules"
        case .notARegularFile(let kind): "\(path) is \(kind), not an assessment file"
        case .damaged(let row): "\(path): \(row) cannot be read"
        case .noSuchEvidence(let id): "\(path) has no current evidence item \(id)"
        case .unreadableLogOnReadOnlyMedia:
            "\(path) is on read-only media and its -wal file holds changes that cannot be read without writing"
        case .unknownQuestion(let id): "\(id) is not a question of \(path)"
        case .database(let detail): "\(path): \(detail)"
        }
    }

    public var remedy: Remedy? {
        switch self.reason {
        case .alreadyExists: .advice("choose another name or remove it first")
        case .notFound: .createAssessment(path: path)
        case .isAFolder: .advice("give the path of the assessment file itself")
        case .noSuchFolder: .advice("create it first or choose another path")
        case .notAnAssessment: .checkAssessmentName
        case .newerFormat: .advice("update assessor to open it")
        case .olderFormatInUse:
            .advice("read it again once that has ended, which lets this assessor upgrade it")
        case .olderFormatNotWritable: .advice("copy it to a folder you can write to and read the copy")
        case .locked: .waitForWriter
        case .standardNotLoaded(let id): .loadModule(id: id)
        case .notARegularFile: .advice("give the path of the assessment file itself")
        case .damaged(let row): row.remedy(file: path)
        case .noSuchEvidence: .listEvidence(file: path)
        case .unreadableLogOnReadOnlyMedia: .advice("copy the file with its -wal file to a writable folder and read the copy")
        case .unknownQuestion: .listQuestions(file: path)
        case .database: nil
        }
    }
}
