import Foundation

/// Where a command writes a file, or a folder of files, checked before anything is written and
/// written so that nothing is replaced that should not be:
/// - only a regular file or a new path is written (a folder, for a folder of files); a device, a
///   FIFO or a socket is refused at once, without being opened;
/// - symbolic links are resolved, of the name and of its folders, and a path that resolves to a
///   protected file (the assessment, its `-wal`, `-shm`, `-journal` or `.lock`) is refused, as is
///   another name (a hard link) of one;
/// - a file is written beside its destination and renamed over it, so it is whole or not there;
///   a folder is written whole beside the old one and swapped in, so no stale file of an earlier
///   run stays beside the new ones.
public struct OutputTarget: Sendable {
    public enum Shape: Sendable {
        case file
        /// A folder of files, each named by the writer; an existing folder is replaced only when it
        /// holds nothing but files whose names end with `extension` (an earlier run's output).
        case folder(extension: String)
    }

    /// The path as given, for messages.
    public let path: String
    /// Where it lands, links resolved.
    public let resolved: String
    public let shape: Shape

    /// Checks `path` for output of `shape`. `protected` lists files never to replace, under any
    /// name, with their side files (each name plus one of `sideSuffixes`, such as `-wal`);
    /// `isProtected` tells what an existing file is when it must not be replaced (an assessment
    /// file), or nil.
    public init(
        _ path: String, shape: Shape, protected: [String] = [], sideSuffixes: [String] = [],
        isProtected: (String) -> String? = { _ in nil }
    ) throws(OutputError) {
        self.path = path
        self.shape = shape
        let folderName = ResolvedPath.split(path).folder
        guard let resolved = ResolvedPath.forWriting(path) else {
            throw OutputError(path: path, reason: .missingFolder(folderName))
        }
        self.resolved = resolved
        try Self.checkProtected(path, resolved: resolved, protected: protected, sideSuffixes: sideSuffixes,
                                isProtected: isProtected)
        try Self.checkKind(path, resolved: resolved, shape: shape)
        guard access(ResolvedPath.split(resolved).folder, W_OK) == 0 else {
            throw OutputError(path: path, reason: .readOnlyFolder(folderName))
        }
    }

    private static func checkProtected(
        _ path: String, resolved: String, protected: [String], sideSuffixes: [String], isProtected: (String) -> String?
    ) throws(OutputError) {
        let target = FileIdentity(path: resolved)
        func lands(on file: String) -> Bool {
            (ResolvedPath.forWriting(file) ?? file) == resolved || (target != nil && FileIdentity(path: file) == target)
        }
        // A protected file's side files sit beside the name it was given and beside its real path.
        for file in protected {
            let name = URL(fileURLWithPath: file).lastPathComponent
            if lands(on: file) { throw OutputError(path: path, reason: .protected(isProtected(file) ?? "the file \(name)")) }
            let names = [file] + (ResolvedPath.existing(file).map { [$0] } ?? [])
            if names.contains(where: { name in sideSuffixes.contains { lands(on: name + $0) } }) {
                throw OutputError(path: path, reason: .sideFile(of: name))
            }
        }
        if FileKind(path: resolved).isRegularFile, let what = isProtected(resolved) {
            throw OutputError(path: path, reason: .protected(what))
        }
    }

    static func checkKind(_ path: String, resolved: String, shape: Shape) throws(OutputError) {
        switch (FileKind(path: resolved), shape) {
        case (.missing, _), (.regular, .file): return
        case (.directory, .folder(let suffix)):
            let names = (try? FileManager.default.contentsOfDirectory(atPath: resolved)) ?? []
            guard names.allSatisfy({ $0.hasSuffix(".\(suffix)") && FileKind(path: resolved + "/" + $0, followingLinks: false).isRegularFile })
            else { throw OutputError(path: path, reason: .foreignFolder("\(suffix) files")) }
        case (.directory, .file): throw OutputError(path: path, reason: .folderForFile)
        case (.regular, .folder): throw OutputError(path: path, reason: .fileForFolder)
        case (.inaccessible(let reason), _): throw OutputError(path: path, reason: .system(reason))
        case (let kind, _): throw OutputError(path: path, reason: .notAFile(kind))
        }
    }
}

/// A file's identity on disk: its device and inode, shared by all its names.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
