import AssessorXML
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

    init(_ file: EvidenceFile, limits: ZipLimits) throws(EvidenceError.Reason) {
        name = file.url.lastPathComponent
        self.limits = limits
        do {
            if let contents = file.contents {
                archive = try Archive(data: contents, accessMode: .read)
            } else {
                archive = try Archive(url: file.url, accessMode: .read)
            }
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
            if Self.escapes(path) { throw .refused("zip entry '\(path)' points outside the archive (zip slip)") }
            let type = entry.type
            if type == .symlink { throw .refused("zip entry '\(path)' is a symbolic link") }
            if type == .file, entries[path] == nil { entries[path] = entry }
            declared += entry.uncompressedSize
        }
        if count == 0 { throw .malformed("an empty zip container") }
        if declared > UInt64(limits.maximumTotalBytes) {
            throw .refused("the zip entries claim \(declared) bytes uncompressed, over the \(limits.maximumTotalBytes)-byte limit")
        }
    }

    /// Whether an entry name would escape a folder it is unpacked into: absolute (`/x`, `C:x`), with
    /// a backslash, or with a `..` component.
    static func escapes(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        if bytes.first == 47 || bytes.contains(92) || path.dropFirst().hasPrefix(":") { return true }
        return bytes.split(separator: 47, omittingEmptySubsequences: false).contains { $0.elementsEqual([46, 46]) }
    }

    /// Streams one XML part to `handler`; false when the part is absent.
    @discardableResult
    func parse(_ path: String, with handler: XMLHandler) throws(EvidenceError.Reason) -> Bool {
        guard let entry = entries[path] else { return false }
        let parser = try XMLPushParser.evidence(name: "\(name):\(path)", handler: handler)
        try EntryInflater(archive: archive, entry: entry, limits: limits, budget: budget).inflate { bytes throws(EvidenceError.Reason) in
            try parser.add(bytes)
        }
        try parser.end()
        return true
    }
}
