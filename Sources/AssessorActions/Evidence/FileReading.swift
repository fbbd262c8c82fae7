import AssessorEvidence
import AssessorStore
import Foundation

/// What reading one file for an import gave: an item to store, one already stored, or an error.
enum FileReading: Sendable {
    case read(ImportedEvidence)
    case known(Int64)
    case failed(String)

    /// Reads `url`. A file already imported is skipped before it is parsed: a small file is hashed
    /// from the bytes read once for the parse, one below 64 MB in a pass of its own; a larger one is
    /// hashed while it is parsed (one pass), and the store recognises it as unchanged then.
    init(_ url: URL, reader: EvidenceReader, store: AssessmentStore) {
        do {
            var file = try EvidenceFile(url)
            if file.size < 64 << 20 { try file.computeHash() }
            if let hash = file.contentHash, let id = try store.evidenceID(forHash: hash) {
                self = .known(id)
                return
            }
            self = .read(try reader.read(file, path: url.path))
        } catch let error as EvidenceError {
            self = .failed("\(error)")
        } catch let reason as EvidenceError.Reason {
            self = .failed("\(EvidenceError(path: url.path, reason: reason))")
        } catch {
            self = .failed("\(url.path): \(error)")
        }
    }

    /// One line for the diagnostic log.
    var logSummary: String {
        switch self {
        case .read(let evidence): "\(evidence.item.format), \(evidence.item.size) bytes, \(evidence.matches.count) matches"
        case .known(let id): "already imported as #\(id)"
        case .failed: "failed"
        }
    }
}
