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

    mutating func importAll(_ paths: [String]) -> Summary {
        let listing = EvidenceFiles.collect(paths)
        var summary = Summary()
        for problem in listing.problems {
            Terminal.standardError("error: \(problem)")
            summary.failed += 1
        }
        let progress = Progress(total: listing.files.count, visible: listing.files.count > progressThreshold)
        for (index, url) in listing.files.enumerated() {
            progress.show(index, url.lastPathComponent)
            importOne(url, into: &summary)
        }
        progress.finish()
        return summary
    }

    private func importOne(_ url: URL, into summary: inout Summary) {
        let path = url.path
        do {
            // A small file already imported is skipped before it is parsed; a large one is hashed while
            // it is parsed (one pass), and the store recognises it as unchanged then.
            let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? .max
            if size < 64 << 20, let hash = try? EvidenceReader.contentHash(of: url), let id = try store.evidenceID(forHash: hash) {
                summary.unchanged += 1
                print("unchanged  \(path) (#\(id))")
                return
            }
            let evidence = try reader.read(url, path: path)
            let outcome = try store.addEvidence(evidence.item, matches: evidence.matches, suggestions: evidence.suggestions)
            let top = evidence.matches.first.map { ", best \($0.requirement) \(String(format: "%.2f", $0.confidence))" } ?? ""
            let detail = "\(evidence.matches.count) match\(evidence.matches.count == 1 ? "" : "es")\(top)"
            switch outcome {
            case .imported(let id):
                summary.imported += 1
                print("imported   \(path) (#\(id): \(detail))")
            case .newRevision(let id, let previous):
                summary.revised += 1
                print("revised    \(path) (#\(id) replaces #\(previous): \(detail))")
            case .unchanged(let id):
                summary.unchanged += 1
                print("unchanged  \(path) (#\(id))")
                return
            }
            if !evidence.matches.isEmpty { summary.matched += 1 }
            summary.suggestions += evidence.suggestions.count
        } catch let error as EvidenceError {
            summary.failed += 1
            Terminal.standardError("error: \(error)")
        } catch {
            summary.failed += 1
            Terminal.standardError("error: \(path): \(error)")
        }
    }
}

/// A progress line on standard error: rewritten in place on a terminal, one line every 10% otherwise.
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

    func finish() {
        if visible, terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
