import Foundation
import Subprocess

/// What a probe process wrote on its standard output, read under a time and a size limit: its
/// reply line, or what it wrote before its output ended without one.
enum ProbeOutput: Sendable {
    /// A complete reply: the line, without its newline.
    case line(Data)
    /// The output ended (the process is gone) before a newline came.
    case ended(Data)
    case timedOut
    case tooLarge

    /// Reads until the first newline, the end, `limit` bytes or `seconds`, whichever comes first,
    /// then calls `stop` (which kills the writer, so that the reading ends too).
    static func read(
        _ output: SubprocessOutputSequence, limit: Int, seconds: Int, stop: @escaping @Sendable () -> Void
    ) async -> ProbeOutput {
        await withTaskGroup(of: ProbeOutput.self) { group in
            group.addTask {
                var data = Data()
                do {
                    for try await buffer in output {
                        let start = data.count
                        buffer.withUnsafeBytes { data.append(contentsOf: $0) }
                        if let newline = data[start...].firstIndex(of: 0x0A) { return .line(data[..<newline]) }
                        if data.count > limit { return .tooLarge }
                    }
                } catch {
                    return .ended(data)
                }
                return .ended(data)
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(seconds))
                return .timedOut
            }
            let first = await group.next() ?? .timedOut
            stop()
            group.cancelAll()
            return first
        }
    }
}
