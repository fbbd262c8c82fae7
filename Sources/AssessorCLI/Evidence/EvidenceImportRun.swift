import AssessorCore
import AssessorEvidence
import AssessorStore
import Foundation
import Logging

/// What each imported file cost, for `ASSESSOR_LOG_LEVEL=debug`.
private let log = Logger(label: "assessor.import")

/// One `assessor import`: the files are read in windows, several at a time in parallel (one per
/// core); each window is then stored in one transaction (one sync to disk, not one per file), in
/// order. A file that fails is reported and skipped; what was stored stays stored. Progress goes to
/// standard error when the import is long, and a summary comes at the end.
struct EvidenceImportRun {
    let store: AssessmentStore
    let reader: EvidenceReader
    /// Progress is shown past this many files.
    var progressThreshold = 20
    /// A window ends at this many files, or at this many bytes of files, so that the texts held
    /// before they are stored stay bounded.
    static let windowFiles = 32
    static let windowBytes = 16 << 20

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
        var done = 0
        for window in Self.windows(of: listing.files) {
            progress.show(done, window[0].lastPathComponent)
            let run = self
            let results = window.concurrentMap { run.read($0) }
            store(Array(zip(window, results)), into: &summary, progress: progress)
            done += window.count
        }
        progress.finish()
        return summary
    }

    /// The files cut into windows of at most ``windowFiles`` files and about ``windowBytes`` bytes.
    static func windows(of files: [URL]) -> [[URL]] {
        var windows: [[URL]] = []
        var bytes = 0
        for file in files {
            let size = Int(EvidenceFiles.size(of: file) ?? 0)
            if let last = windows.last, last.count < windowFiles, bytes + size <= windowBytes {
                windows[windows.count - 1].append(file)
                bytes += size
            } else {
                windows.append([file])
                bytes = size
            }
        }
        return windows
    }

    /// What reading one file gave: an item to store, one already stored, or an error.
    enum ReadResult: Sendable {
        case read(ImportedEvidence)
        case known(Int64)
        case failed(String)

        /// One line for the diagnostic log.
        var logSummary: String {
            switch self {
            case .read(let evidence):
                "\(evidence.item.format), \(evidence.item.size) bytes, \(evidence.matches.count) matches"
            case .known(let id): "already imported as #\(id)"
            case .failed: "failed"
            }
        }
    }

    private func read(_ url: URL) -> ReadResult {
        let started = ContinuousClock.now
        let result = parse(url)
        log.debug("read evidence file", metadata: [
            "file": "\(url.path)", "elapsed": "\(ContinuousClock.now - started)", "outcome": "\(result.logSummary)",
        ])
        return result
    }

    private func parse(_ url: URL) -> ReadResult {
        do {
            // A file already imported is skipped before it is parsed: a small file is hashed from the
            // bytes read once for the parse, one below 64 MB in a pass of its own; a larger one is
            // hashed while it is parsed (one pass), and the store recognises it as unchanged then.
            var file = try EvidenceFile(url)
            if file.size < 64 << 20 { try file.computeHash() }
            if let hash = file.contentHash, let id = try store.evidenceID(forHash: hash) { return .known(id) }
            return .read(try reader.read(file, path: url.path))
        } catch let error as EvidenceError {
            return .failed("\(error)")
        } catch let reason as EvidenceError.Reason {
            return .failed("\(EvidenceError(path: url.path, reason: reason))")
        } catch {
            return .failed("\(url.path): \(error)")
        }
    }

    /// Stores what a window read in one transaction, then reports each file in order.
    private func store(_ window: [(URL, ReadResult)], into summary: inout Summary, progress: Progress) {
        let batch = window.compactMap { _, result in
            if case .read(let evidence) = result { (evidence.item, evidence.matches, evidence.suggestions) } else { nil }
        }
        var outcomes: [EvidenceImportOutcome] = []
        do {
            outcomes = batch.isEmpty ? [] : try store.addEvidence(batch: batch)
        } catch {
            Terminal.standardError("error: \(error)")
            summary.failed += batch.count
        }
        var stored = outcomes.makeIterator()
        for (url, result) in window {
            switch result {
            case .known(let id):
                summary.unchanged += 1
                progress.line("unchanged  \(url.path) (#\(id))")
            case .failed(let message):
                summary.failed += 1
                Terminal.standardError("error: \(message)")
            case .read(let evidence):
                guard let outcome = stored.next() else { continue }
                report(outcome, evidence, path: url.path, into: &summary, progress: progress)
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
