import Foundation
import ZIPFoundation

/// Inflates one zip entry chunk by chunk into a sink, counting the bytes it really produces: past
/// the archive's budget, past the allowed compression ratio, or past the size its header declares,
/// it stops and reports a zip bomb (ZIPFoundation itself trusts the header).
struct EntryInflater {
    let archive: Archive
    let entry: Entry
    let limits: ZipLimits
    let budget: ByteBudget

    /// Runs `sink` on each inflated chunk (64 KiB at most); rethrows what the sink throws.
    func inflate(into sink: (UnsafeRawBufferPointer) throws(EvidenceError.Reason) -> Void) throws(EvidenceError.Reason) {
        let compressed = max(Int64(entry.compressedSize), 1)
        let declared = Int64(entry.uncompressedSize)
        var produced: Int64 = 0
        var failure: EvidenceError.Reason?
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: true) { data in
                produced += Int64(data.count)
                budget.total += Int64(data.count)
                if budget.total > limits.maximumTotalBytes {
                    failure = .refused("zip bomb: more than \(limits.maximumTotalBytes) bytes once inflated")
                } else if produced > limits.ratioThreshold, produced / compressed > limits.maximumRatio {
                    failure = .refused("zip bomb: '\(entry.path)' inflates more than \(limits.maximumRatio) times")
                } else if produced > declared + limits.ratioThreshold {
                    failure = .refused("zip bomb: '\(entry.path)' inflates past the \(declared) bytes its header declares")
                }
                if failure == nil {
                    failure = data.withUnsafeBytes { bytes -> EvidenceError.Reason? in
                        do throws(EvidenceError.Reason) { try sink(bytes) } catch { return error }
                        return nil
                    }
                }
                if failure != nil { throw Stopped() }
            }
        } catch {
            throw failure ?? .malformed("zip entry '\(entry.path)' is corrupt: it cannot be inflated")
        }
    }

    private struct Stopped: Error {}
}

/// Bytes inflated so far from one archive, shared by the entries read from it.
final class ByteBudget {
    var total: Int64 = 0
}
