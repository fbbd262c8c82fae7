import AssessorCore
import AssessorEvidence
import AssessorStore
import Foundation
import Logging

/// What each imported file cost, for `ASSESSOR_LOG_LEVEL=debug`.
private let log = Logger(label: "assessor.import")

/// Imports evidence files into an assessment (opened as a writer). The files are read in windows,
/// several at a time in parallel (one per core); each window is then stored in one transaction (one
/// sync to disk, not one per file), in order. A file that fails is reported and skipped; what was
/// stored stays stored. Every step is reported to `report` as it happens.
public struct ImportEvidenceAction: Sendable {
    let store: AssessmentStore
    let reader: EvidenceReader
    /// A window ends at this many files, or at this many bytes of files, so that the texts held
    /// before they are stored stay bounded.
    static let windowFiles = 32
    static let windowBytes = 16 << 20

    /// The import into `assessment`, matching against its standards.
    public init(assessment: Assessment) {
        store = assessment.store
        reader = EvidenceReader(matcher: Matcher(catalog: assessment.catalog, standards: assessment.profile.standards))
    }

    /// Imports the files and folders at `paths`.
    public func run(_ paths: [String], report: (ImportEvent) -> Void) -> ImportSummary {
        let listing = EvidenceFiles.collect(paths)
        var summary = ImportSummary()
        for problem in listing.problems {
            report(.failed("\(problem)"))
            summary.failed += 1
        }
        var done = 0
        for window in Self.windows(of: listing.files) {
            report(.progress(done: done, total: listing.files.count, next: window[0].lastPathComponent))
            let action = self
            let results = window.concurrentMap { action.read($0) }
            store(Array(zip(window, results)), into: &summary, report: report)
            done += window.count
        }
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

    private func read(_ url: URL) -> FileReading {
        let started = ContinuousClock.now
        let result = FileReading(url, reader: reader, store: store)
        log.debug("read evidence file", metadata: [
            "file": "\(url.path)", "elapsed": "\(ContinuousClock.now - started)", "outcome": "\(result.logSummary)",
        ])
        return result
    }

    /// Stores what a window read in one transaction, then reports each file in order.
    private func store(_ window: [(URL, FileReading)], into summary: inout ImportSummary, report: (ImportEvent) -> Void) {
        let batch = window.compactMap { _, result in
            if case .read(let evidence) = result { (evidence.item, evidence.matches, evidence.suggestions) } else { nil }
        }
        var outcomes: [EvidenceImportOutcome] = []
        do {
            outcomes = batch.isEmpty ? [] : try store.addEvidence(batch: batch)
        } catch {
            report(.failed("\(error)"))
            summary.failed += batch.count
        }
        var stored = outcomes.makeIterator()
        for (url, result) in window {
            switch result {
            case .known(let id):
                summary.unchanged += 1
                report(.unchanged(path: url.path, id: id))
            case .failed(let message):
                summary.failed += 1
                report(.failed(message))
            case .read(let evidence):
                guard let outcome = stored.next() else { continue }
                summary.count(outcome, evidence)
                report(Self.event(outcome, evidence, path: url.path))
            }
        }
    }

    private static func event(_ outcome: EvidenceImportOutcome, _ evidence: ImportedEvidence, path: String) -> ImportEvent {
        let best = evidence.matches.first.map { "\($0.requirement) \(String(format: "%.2f", $0.confidence))" }
        switch outcome {
        case .imported(let id): return .imported(path: path, id: id, matches: evidence.matches.count, best: best)
        case .newRevision(let id, let previous):
            return .revised(path: path, id: id, previous: previous, matches: evidence.matches.count, best: best)
        case .unchanged(let id): return .unchanged(path: path, id: id)
        }
    }
}

extension ImportSummary {
    /// Counts one stored file.
    mutating func count(_ outcome: EvidenceImportOutcome, _ evidence: ImportedEvidence) {
        switch outcome {
        case .imported: imported += 1
        case .newRevision: revised += 1
        case .unchanged:
            unchanged += 1
            return
        }
        if !evidence.matches.isEmpty { matched += 1 }
        suggestions += evidence.suggestions.count
    }
}
