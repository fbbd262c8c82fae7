import Foundation
import ZIPFoundation

/// Inflates one zip entry on its own thread into the write end of a pipe, counting the bytes it
/// really produces: past the archive's budget, or past the allowed compression ratio, it stops
/// and reports a zip bomb. It closes its end of the pipe when done, so the reader sees the end.
final class EntryWriter: @unchecked Sendable {
    private let archive: Archive
    private let entry: Entry
    private let limits: ZipLimits
    private let budget: ByteBudget
    private let fd: Int32
    private let done = DispatchSemaphore(value: 0)
    private var violation: EvidenceError.Reason?

    init(archive: Archive, entry: Entry, limits: ZipLimits, budget: ByteBudget, fd: Int32) {
        self.archive = archive
        self.entry = entry
        self.limits = limits
        self.budget = budget
        self.fd = fd
    }

    func start() {
        Thread.detachNewThread { [self] in
            run()
            close(fd)
            done.signal()
        }
    }

    /// Waits for the writer and returns the limit it hit, if any.
    func finish() -> EvidenceError.Reason? {
        done.wait()
        return violation
    }

    private struct ReaderStopped: Error {}

    private func run() {
        let compressed = max(Int64(entry.compressedSize), 1)
        var produced: Int64 = 0
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: true) { data in
                produced += Int64(data.count)
                budget.total += Int64(data.count)
                if budget.total > limits.maximumTotalBytes {
                    violation = .refused("zip bomb: more than \(limits.maximumTotalBytes) bytes once inflated")
                } else if produced > limits.ratioThreshold, produced / compressed > limits.maximumRatio {
                    violation = .refused("zip bomb: '\(entry.path)' inflates more than \(limits.maximumRatio) times")
                }
                if violation != nil { throw ReaderStopped() }
                try write(data)
            }
        } catch {
            // Stopped by a limit or by the reader, or a corrupt entry: the reader sees the part end
            // early and reports it as malformed, unless a limit was hit, which `finish` reports.
        }
    }

    private func write(_ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ReaderStopped()
                }
                offset += written
            }
        }
    }
}
