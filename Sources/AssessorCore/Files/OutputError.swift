import Foundation

/// Why output cannot be written at a path; nothing has been written or replaced when it is thrown.
/// The reason says what the path is; callers add what to do in their own words (a flag to change).
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A device, a FIFO, a socket: writing there would not make a file, or would block.
        case notAFile(FileKind)
        /// A folder where a file is to be written.
        case folderForFile
        /// A file where a folder of files is to be written.
        case fileForFolder
        /// It is, or resolves to, a file that must never be replaced (an assessment file): what it is.
        case protected(String)
        /// It is, or resolves to, a side file of a protected file (`acme.assessment-wal`): that file's name.
        case sideFile(of: String)
        /// The folder to write in does not exist.
        case missingFolder(String)
        /// The folder to write in cannot be written.
        case readOnlyFolder(String)
        /// A folder to replace holds more than the files a writer makes (anything but `kept` files).
        case foreignFolder(String)
        /// The system refused: the reason as it gives it (`no space left on device`).
        case system(String)
    }

    /// The path as given.
    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The system's reason for the last failed call (`errno`), lower-cased as part of a sentence.
    static func lastSystemError(at path: String) -> OutputError {
        let text = String(cString: strerror(errno))
        return OutputError(path: path, reason: .system(text.prefix(1).lowercased() + text.dropFirst()))
    }

    public var description: String {
        switch reason {
        case .notAFile(let kind): "\(path) is \(kind.description), not a file that can be written"
        case .folderForFile: "\(path) is a folder"
        case .fileForFolder: "\(path) is a file"
        case .protected(let what): "\(path) is \(what), which must not be replaced"
        case .sideFile(let file): "\(path) is part of \(file), which must not be replaced"
        case .missingFolder(let folder): "the folder \(folder) does not exist"
        case .readOnlyFolder(let folder): "the folder \(folder) is not writable"
        case .foreignFolder(let kept): "\(path) holds files other than \(kept), which replacing it would delete"
        case .system(let reason): reason
        }
    }
}
