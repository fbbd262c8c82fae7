import AssessorCore
import Foundation
import GRDB

/// Reading an assessment whose folder cannot be written (a CD, a read-only mount, a shared folder
/// without write permission). A WAL reader normally creates `-shm` and `-wal` files beside the
/// file, which such a folder refuses ("attempt to write a readonly database"). Without changes
/// pending in a `-wal` file, the file is opened immutable: read as it is, nothing created beside it.
enum ReadOnlyMedia {
    /// Whether the file's folder cannot be written.
    static func holds(_ url: URL) -> Bool {
        access(url.deletingLastPathComponent().path, W_OK) != 0
    }

    /// Opens the file for reading without writing anything. With a `-wal` file holding changes
    /// (a copy taken while a writer had it open), SQLite's read-only WAL reader is tried instead,
    /// which reads the changes when the `-shm` file is there too.
    static func open(_ url: URL) throws -> any DatabaseWriter {
        let configuration = AssessmentStore.configuration(readOnly: true)
        guard case .regular(let size) = FileKind(path: url.path + "-wal"), size > 0 else {
            return try DatabaseQueue(path: immutableURI(url), configuration: configuration)
        }
        do {
            return try DatabasePool(path: url.path, configuration: configuration)
        } catch {
            throw StoreError(path: url.relativePath, reason: .unreadableLogOnReadOnlyMedia)
        }
    }

    /// `file:/path?immutable=1`, the path percent-encoded (SQLite reads URI file names).
    static func immutableURI(_ url: URL) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~")
        let path = url.standardizedFileURL.path.addingPercentEncoding(withAllowedCharacters: allowed) ?? url.path
        return "file:\(path)?immutable=1"
    }
}
