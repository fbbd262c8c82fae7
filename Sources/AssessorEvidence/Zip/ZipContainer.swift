import Foundation
import ZIPFoundation

/// An Office file's zip container, read in place: each XML part is streamed from the archive into
/// libxml2 through a pipe, never unpacked to disk nor held whole in memory. Entry names are checked
/// before anything is read (zip slip), and the bytes really inflated are counted against
/// ``ZipLimits`` (zip bombs).
final class ZipContainer {
    private let archive: Archive
    private let limits: ZipLimits
    private let budget = ByteBudget()
    let name: String

    init(url: URL, limits: ZipLimits) throws(EvidenceError.Reason) {
        name = url.lastPathComponent
        self.limits = limits
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .malformed("not a readable zip container: truncated or corrupt")
        }
        try checkEntries()
    }

    /// Refuses the archive before any entry is read: too many entries, declared sizes past the
    /// budget, names that would escape a folder, links.
    private func checkEntries() throws(EvidenceError.Reason) {
        var count = 0
        var declared: UInt64 = 0
        for entry in archive {
            count += 1
            if count > limits.maximumEntries { throw .refused("more than \(limits.maximumEntries) zip entries") }
            let path = entry.path
            if path.hasPrefix("/") || path.contains("\\") || path.split(separator: "/").contains("..")
                || path.dropFirst().hasPrefix(":") {
                throw .refused("zip entry '\(path)' points outside the archive (zip slip)")
            }
            if entry.type == .symlink { throw .refused("zip entry '\(path)' is a symbolic link") }
            declared += entry.uncompressedSize
        }
        if count == 0 { throw .malformed("an empty zip container") }
        if declared > UInt64(limits.maximumTotalBytes) {
            throw .refused("the zip entries claim \(declared) bytes uncompressed, over the \(limits.maximumTotalBytes)-byte limit")
        }
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// Every entry path, in archive order.
    var paths: [String] { archive.map(\.path) }

    /// Parts that declare at most this many bytes are inflated in memory, larger ones streamed.
    static let inMemoryPart: UInt64 = 4 << 20

    /// Streams one XML part into `body`; nil when the part is absent.
    func withPart<T>(_ path: String, _ body: (XMLStreamReader) throws(EvidenceError.Reason) -> T) throws(EvidenceError.Reason) -> T? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        let writer = EntryWriter(archive: archive, entry: entry, limits: limits, budget: budget)
        if entry.uncompressedSize <= Self.inMemoryPart {
            let data = try writer.inflateToMemory()
            return try body(try XMLStreamReader(data: data, name: "\(name):\(path)"))
        }
        let pipe = try EntryPipe.open()
        writer.start(into: pipe.write)
        let result: Result<T, EvidenceError.Reason>
        do {
            let reader = try XMLStreamReader(fileDescriptor: pipe.read, name: "\(name):\(path)")
            result = .success(try body(reader))
        } catch {
            result = .failure(error)
        }
        close(pipe.read)
        if let violation = writer.finish() { throw violation }
        return try result.get()
    }
}

/// Bytes inflated so far from one archive, shared by its entries' writers (one at a time).
final class ByteBudget: @unchecked Sendable {
    var total: Int64 = 0
}

/// The two ends of a pipe, with SIGPIPE ignored so a reader that stops early only ends the writer.
enum EntryPipe {
    static func open() throws(EvidenceError.Reason) -> (read: Int32, write: Int32) {
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw .unreadable("cannot create a pipe (\(String(cString: strerror(errno))))") }
        return (fds[0], fds[1])
    }
}
