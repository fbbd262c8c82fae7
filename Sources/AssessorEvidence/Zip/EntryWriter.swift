import Foundation
import ZIPFoundation

/// Inflates one zip entry, counting the bytes it really produces: past the archive's budget, past
/// the allowed compression ratio, or past the size its header declares, it stops and reports a zip
/// bomb. A large entry is inflated on its own thread into the write end of a pipe (closed when
/// done, so the reader sees the end); a small one straight into memory.
final class EntryWriter: @unchecked Sendable {
    private let archive: Archive
    private let entry: Entry
    private let limits: ZipLimits
    private let budget: ByteBudget
    private let done = DispatchSemaphore(value: 0)
    private var violation: EvidenceError.Reason?

    init(archive: Archive, entry: Entry, limits: ZipLimits, budget: ByteBudget) {
        self.archive = archive
        self.entry = entry
        self.limits = limits
        self.budget = budget
    }

    /// Inflates into a pipe on a new thread; `finish()` waits for it.
    func start(into fd: Int32) {
        Thread.detachNewThread { [self] in
            inflate { data in try Self.write(data, to: fd) }
            close(fd)
            done.signal()
        }
    }

    /// Waits for the writer and returns the limit it hit, if any.
    func finish() -> EvidenceError.Reason? {
        done.wait()
        return violation
    }

    /// Inflates the whole entry into memory (for entries whose header declares a small size).
    func inflateToMemory() throws(EvidenceError.Reason) -> Data {
        var data = Data(capacity: Int(entry.uncompressedSize))
        inflate { data.append($0) }
        if let violation { throw violation }
        return data
    }

    private struct Stopped: Error {}

    private func inflate(_ sink: (Data) throws -> Void) {
        let compressed = max(Int64(entry.compressedSize), 1)
        let declared = Int64(entry.uncompressedSize)
        var produced: Int64 = 0
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: true) { data in
                produced += Int64(data.count)
                budget.total += Int64(data.count)
                if budget.total > limits.maximumTotalBytes {
                    violation = .refused("zip bomb: more than \(limits.maximumTotalBytes) bytes once inflated")
                } else if produced > limits.ratioThreshold, produced / compressed > limits.maximumRatio {
                    violation = .refused("zip bomb: '\(entry.path)' inflates more than \(limits.maximumRatio) times")
                } else if produced > declared + limits.ratioThreshold {
                    violation = .refused("zip bomb: '\(entry.path)' inflates past the \(declared) bytes its header declares")
                }
                if violation != nil { throw Stopped() }
                try sink(data)
            }
        } catch {
            // Stopped by a limit or by the reader, or a corrupt entry: the reader sees the part end
            // early and reports it as malformed, unless a limit was hit, which is reported instead.
        }
    }

    private static func write(_ data: Data, to fd: Int32) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Stopped()
                }
                offset += written
            }
        }
    }
}
