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
        case olderFormatInUse(pid: Int32?)
        /// An older file a reader cannot upgrade: the file or its folder is not writable.
        case olderFormatNotWritable
        case locked(pid: Int32?)
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
        case .olderFormatInUse(let pid):
            let holder = pid.map { " (pid \($0))" } ?? ""
            return "\(path) uses an older format and another interview\(holder) has it open; read it again "
                + "once that interview has ended, which lets this assessor upgrade it"
        case .olderFormatNotWritable:
            return "\(path) uses an older format and cannot be upgraded here, because it or its folder is not "
                + "writable; copy it to a folder you can write to and read the copy"
        case .locked(let pid):
            let holder = pid.map { " (pid \($0))" } ?? ""
            return "\(path) is locked by another interview\(holder); finish or quit it first, "
                + "or read the file with 'assessor status' or 'assessor history'"
        case .unknownQuestion(let id):
            return "\(id) is not a question of \(path)"
        case .database(let detail):
            return "\(path): \(detail)"
        }
    }
}
