import Foundation
import ZIPFoundation

/// An Office file's zip container, read in place: each XML part is inflated chunk by chunk
/// straight into libxml2's push parser, never unpacked to disk nor held whole in memory. Entry
/// names are checked before anything is read (zip slip), and the bytes really inflated are
/// counted against ``ZipLimits`` (zip bombs).
final class ZipContainer {
    private let archive: Archive
    private let limits: ZipLimits
    private let budget = ByteBudget()
    /// The file entries by path, from the central directory.
    private var entries: [String: Entry] = [:]
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
            if entry.type == .file, entries[path] == nil { entries[path] = entry }
            declared += entry.uncompressedSize
        }
        if count == 0 { throw .malformed("an empty zip container") }
        if declared > UInt64(limits.maximumTotalBytes) {
            throw .refused("the zip entries claim \(declared) bytes uncompressed, over the \(limits.maximumTotalBytes)-byte limit")
        }
    }

    /// Streams one XML part to `handler`; false when the part is absent.
    @discardableResult
    func parse(_ path: String, with handler: XMLHandler) throws(EvidenceError.Reason) -> Bool {
        guard let entry = entries[path] else { return false }
        let parser = try XMLPushParser(name: "\(name):\(path)", handler: handler)
        try EntryInflater(archive: archive, entry: entry, limits: limits, budget: budget).inflate { bytes throws(EvidenceError.Reason) in
            try parser.feed(bytes)
        }
        try parser.finish()
        return true
    }
}
