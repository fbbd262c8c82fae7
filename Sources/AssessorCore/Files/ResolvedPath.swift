import Foundation

/// Paths with every symbolic link resolved, of the file and of its folders, for checks that must see
/// what a name really points to (an output that must not land on the assessment's `-wal` through a
/// linked folder, a template that must stay inside its folder).
public enum ResolvedPath {
    /// The real path of an existing file or folder (`realpath(3)`); nil when it does not exist.
    public static func existing(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where writing at `path` would land: its folder resolved, and the name too while it is a
    /// symbolic link (a dangling one included). Nil when the folder does not exist or links loop.
    public static func forWriting(_ path: String) -> String? {
        var current = path
        for _ in 0..<40 {
            var (folder, name) = split(current)
            if name == "." || name == ".." {
                guard let whole = existing(current) else { return nil }
                (folder, name) = split(whole)
            }
            guard let real = existing(folder) else { return nil }
            let candidate = real == "/" ? "/" + name : real + "/" + name
            guard FileKind(path: candidate, followingLinks: false) == .symbolicLink else { return candidate }
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: candidate) else { return nil }
            current = target.hasPrefix("/") ? target : real + "/" + target
        }
        return nil
    }

    /// The folder and the last name of a path, as written (`a/b/` gives `a` and `b`; `x` gives `.` and `x`).
    public static func split(_ path: String) -> (folder: String, name: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
        let folder = trimmed[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(trimmed[trimmed.index(after: slash)...]))
    }

    /// Whether `path` (resolved as it exists) lies strictly inside `folder` (resolved).
    public static func isInside(_ path: String, folder: String) -> Bool {
        guard let file = existing(path), let root = existing(folder) else { return false }
        return file.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
