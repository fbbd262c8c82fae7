import Foundation

/// What a path names on disk, looked up without opening it (opening a FIFO for reading blocks until
/// a writer comes). Links are followed unless asked otherwise.
public enum FileKind: Sendable, Equatable {
    case regular(size: Int64)
    case directory
    case fifo
    case characterDevice
    case blockDevice
    case socket
    case symbolicLink
    case missing
    /// The path exists but cannot be looked up (a folder on the way is not searchable); the
    /// system's reason.
    case inaccessible(String)

    /// Looks `path` up with `stat` (links followed) or, with `followingLinks: false`, `lstat`.
    public init(path: String, followingLinks: Bool = true) {
        var status = stat()
        let result = followingLinks ? stat(path, &status) : lstat(path, &status)
        guard result == 0 else {
            self = errno == ENOENT || errno == ENOTDIR ? .missing : .inaccessible(String(cString: strerror(errno)))
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: self = .regular(size: Int64(status.st_size))
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: self = .inaccessible("an unknown kind of file")
        }
    }

    public var isRegularFile: Bool {
        if case .regular = self { return true }
        return false
    }

    /// How a message names it: "a named pipe (FIFO)", "a folder".
    public var description: String {
        switch self {
        case .regular: "a regular file"
        case .directory: "a folder"
        case .fifo: "a named pipe (FIFO)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .symbolicLink: "a symbolic link"
        case .missing: "missing"
        case .inaccessible(let reason): "not accessible (\(reason))"
        }
    }

    /// Why a file to be read at `path` cannot be: nil for a regular file, else one line such as
    /// "is a named pipe (FIFO), not a regular file". Nothing is opened, so nothing blocks.
    public static func problemReading(_ path: String) -> String? {
        switch FileKind(path: path) {
        case .regular: nil
        case .missing: "does not exist"
        case .inaccessible(let reason): "cannot be read: \(reason)"
        case let other: "is \(other.description), not a regular file"
        }
    }
}
