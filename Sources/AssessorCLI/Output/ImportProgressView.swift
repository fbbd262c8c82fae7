import AssessorActions
import AssessorCore
import Foundation

/// How `import` shows its progress: result lines on standard output, and past 20 files a progress
/// line on standard error, rewritten in place on a terminal, one line every 10% otherwise. A result
/// line clears the progress line first and is written unbuffered, so the two never mix.
final class ImportProgressView {
    /// Progress is shown past this many files.
    static let threshold = 20
    private let terminal = isatty(2) == 1
    private var visible = false
    private var lastTenth = -1

    func show(_ event: ImportEvent) {
        switch event {
        case .progress(let done, let total, let next): progress(done, of: total, next: next)
        case .imported(let path, let id, let matches, let best):
            line("imported   \(safe(path)) (#\(id): \(Self.matches(matches, best: best)))")
        case .revised(let path, let id, let previous, let matches, let best):
            line("revised    \(safe(path)) (#\(id) replaces #\(previous): \(Self.matches(matches, best: best)))")
        case .unchanged(let path, let id): line("unchanged  \(safe(path)) (#\(id))")
        case .failed(let message):
            clearProgress()
            Terminal.standardError("error: \(safe(message))")
        }
    }

    func finish() { clearProgress() }

    private func progress(_ done: Int, of total: Int, next: String) {
        guard total > Self.threshold else { return }
        visible = true
        if terminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(done + 1)/\(total)] \(safe(next))".utf8))
        } else if done * 10 / total != lastTenth {
            lastTenth = done * 10 / total
            Terminal.standardError("importing: \(done + 1) of \(total) files")
        }
    }

    private func line(_ text: String) {
        clearProgress()
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    private func clearProgress() {
        if visible, terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func safe(_ text: String) -> String { TerminalSafe.escaped(text) }

    private static func matches(_ count: Int, best: String?) -> String {
        "\(count) match\(count == 1 ? "" : "es")" + (best.map { ", best \($0)" } ?? "")
    }
}
