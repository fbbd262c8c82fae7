import AssessorCore
import AssessorEvidence
import AssessorStore
import Foundation

/// One `assessor import`: each file read, matched and stored in turn (a file that fails is
/// reported and skipped; what was stored stays stored), with progress on standard error when
/// the import is long, and a summary at the end.
struct EvidenceImportRun {
    let store: AssessmentStore
    let reader: EvidenceReader
    /// Progress is shown past this many files.
    var progressThreshold = 20

    struct Summary: CustomStringConvertible {
        var imported = 0
        var unchanged = 0
        var revised = 0
        var failed = 0
        var matched = 0
        var suggestions = 0

        var total: Int { imported + unchanged + revised + failed }

        var description: String {
            "\(total) file\(total == 1 ? "" : "s"): \(imported) imported, \(unchanged) unchanged, "
                + "\(revised) new revision\(revised == 1 ? "" : "s"), \(failed) failed; "
                + "\(matched) matched to requirements, \(suggestions) suggested answer\(suggestions == 1 ? "" : "s")"
        }
    }

    func importAll(_ paths: [String]) -> Summary {
        let listing = EvidenceFiles.collect(paths)
        var summary = Summary()
        for problem in listing.problems {
            Terminal.standardError("error: \(problem)")
            summary.failed += 1
        }
        let progress = Progress(total: listing.files.count, visible: listing.files.count > progressThreshold)
        // Files are read a few at a time in parallel (one per core), then stored one by one, in order.
        let width = max(2, ProcessInfo.processInfo.activeProcessorCount) * 2
        for start in stride(from: 0, to: listing.files.count, by: width) {
            let batch = Array(listing.files[start..<min(start + width, listing.files.count)])
            let run = self
            let results = batch.concurrentMap { run.read($0) }
            for (offset, (url, result)) in zip(batch, results).enumerated() {
                progress.show(start + offset, url.lastPathComponent)
                store(result, path: url.path, into: &summary, progress: progress)
            }
        }
        progress.finish()
        return summary
    }

    /// What reading one file gave: an item to store, one already stored, or an error.
    enum ReadResult: Sendable {
        case read(ImportedEvidence)
        case known(Int64)
        case failed(String)
    }

    private func read(_ url: URL) -> ReadResult {
        do {
            // A small file already imported is skipped before it is parsed; a large one is hashed while
            // it is parsed (one pass), and the store recognises it as unchanged then.
            let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? .max
            let hash = size < 64 << 20 ? try? EvidenceReader.contentHash(of: url) : nil
            if let hash, let id = try store.evidenceID(forHash: hash) { return .known(id) }
            return .read(try reader.read(url, path: url.path, contentHash: hash))
        } catch let error as EvidenceError {
            return .failed("\(error)")
        } catch {
            return .failed("\(url.path): \(error)")
        }
    }

    private func store(_ result: ReadResult, path: String, into summary: inout Summary, progress: Progress) {
        switch result {
        case .known(let id):
            summary.unchanged += 1
            progress.line("unchanged  \(path) (#\(id))")
        case .failed(let message):
            summary.failed += 1
            Terminal.standardError("error: \(message)")
        case .read(let evidence):
            do {
                let outcome = try store.addEvidence(evidence.item, matches: evidence.matches, suggestions: evidence.suggestions)
                report(outcome, evidence, path: path, into: &summary, progress: progress)
            } catch {
                summary.failed += 1
                Terminal.standardError("error: \(error)")
            }
        }
    }

    private func report(
        _ outcome: EvidenceImportOutcome, _ evidence: ImportedEvidence, path: String, into summary: inout Summary,
        progress: Progress
    ) {
        let top = evidence.matches.first.map { ", best \($0.requirement) \(String(format: "%.2f", $0.confidence))" } ?? ""
        let detail = "\(evidence.matches.count) match\(evidence.matches.count == 1 ? "" : "es")\(top)"
        switch outcome {
        case .imported(let id):
            summary.imported += 1
            progress.line("imported   \(path) (#\(id): \(detail))")
        case .newRevision(let id, let previous):
            summary.revised += 1
            progress.line("revised    \(path) (#\(id) replaces #\(previous): \(detail))")
        case .unchanged(let id):
            summary.unchanged += 1
            progress.line("unchanged  \(path) (#\(id))")
            return
        }
        if !evidence.matches.isEmpty { summary.matched += 1 }
        summary.suggestions += evidence.suggestions.count
    }
}

/// A progress line on standard error: rewritten in place on a terminal, one line every 10% otherwise.
/// Result lines go to standard output through ``line(_:)``, which clears the progress line first
/// and writes unbuffered, so the two never mix.
private final class Progress {
    let total: Int
    let visible: Bool
    private let terminal = isatty(2) == 1
    private var lastTenth = -1

    init(total: Int, visible: Bool) {
        self.total = total
        self.visible = visible
    }

    func show(_ index: Int, _ name: String) {
        guard visible else { return }
        if terminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(index + 1)/\(total)] \(name)".utf8))
        } else if index * 10 / total != lastTenth {
            lastTenth = index * 10 / total
            Terminal.standardError("importing: \(index + 1) of \(total) files")
        }
    }

    /// Prints a result line on standard output, below the progress line.
    func line(_ text: String) {
        if visible, terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func finish() {
        if visible, terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
