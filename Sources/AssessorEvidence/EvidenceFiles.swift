import Foundation

/// The files an import names: each file given, and every DOCX, XLSX and XML file under each folder
/// given (recursively, skipping hidden files and Office lock files `~$...`), in a stable order.
public enum EvidenceFiles {
    public struct Listing: Sendable {
        public var files: [URL] = []
        /// Paths that do not exist or are not importable files.
        public var problems: [EvidenceError] = []
    }

    public static func collect(_ paths: [String]) -> Listing {
        var listing = Listing()
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                listing.problems.append(EvidenceError(path: path, reason: .unreadable("no such file or folder")))
                continue
            }
            let url = URL(fileURLWithPath: path)
            guard isFolder.boolValue else {
                listing.files.append(url)
                continue
            }
            let found = manager.enumerator(at: url, includingPropertiesForKeys: [],
                                           options: [.skipsHiddenFiles])?.compactMap { $0 as? URL } ?? []
            listing.files += found.filter { file in
                EvidenceImporters.format(of: file) != nil && !file.lastPathComponent.hasPrefix("~$") && size(of: file) != nil
            }.sorted { $0.path < $1.path }
        }
        return listing
    }

    /// The size of a regular file (links followed), or nil for anything else.
    public static func size(of url: URL) -> Int64? {
        var status = stat()
        guard stat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int64(status.st_size)
    }
}
