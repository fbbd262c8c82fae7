import Foundation
import Subprocess
import SystemPackage

/// Starts probe processes: an executable that understands `_plugin describe|score PATH` (the
/// assessor binary itself), with a time limit per call.
public struct PluginRunner: Sendable {
    public var executable: URL
    public var timeoutSeconds: Int

    public init(executable: URL, timeoutSeconds: Int = 30) {
        self.executable = executable
        self.timeoutSeconds = timeoutSeconds
    }

    /// The running assessor binary.
    public static var current: PluginRunner {
        PluginRunner(executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath())
    }

    /// Runs one probe and returns its reply; a crash, a time-out or garbage is a ``PluginError``.
    func run(_ action: PluginProbe.Action, path: String, input: Data = Data()) async throws(PluginError) -> ProbeReply {
        let timeout = timeoutSeconds
        let result: ExecutionResult<Data?, SequenceOutput, DiscardedOutput>
        do {
            result = try await Subprocess.run(
                .path(FilePath(executable.path)),
                arguments: ["_plugin", action.rawValue, path],
                // A crash is reported by its signal; the runtime's backtrace would only slow it down.
                environment: .inherit.updating(["SWIFT_BACKTRACE": "enable=no"]),
                input: .array([UInt8](input)),
                output: .sequence,
                error: .discarded
            ) { execution in
                try await withThrowingTaskGroup(of: Data?.self) { group in
                    group.addTask {
                        var output = Data()
                        for try await buffer in execution.standardOutput {
                            buffer.withUnsafeBytes { output.append(contentsOf: $0) }
                        }
                        return output
                    }
                    group.addTask {
                        try await Task.sleep(for: .seconds(timeout))
                        return nil
                    }
                    let first = try await group.next() ?? nil
                    group.cancelAll()
                    if first == nil { try? execution.send(signal: .kill) }
                    return first
                }
            }
        } catch {
            throw PluginError(path: path, reason: .failed(status: -1, detail: "cannot run \(executable.path): \(error)"))
        }
        guard let output = result.closureResult else {
            throw PluginError(path: path, reason: .timedOut(seconds: timeout))
        }
        switch result.terminationStatus {
        case .signaled(let signal):
            throw PluginError(path: path, reason: .crashed(signal: signal))
        case .exited(let status):
            guard status == 0, let reply = try? JSONDecoder().decode(ProbeReply.self, from: output) else {
                let detail = String(decoding: output.prefix(200), as: UTF8.self)
                throw PluginError(path: path, reason: .failed(status: status, detail: detail))
            }
            if let failure = reply.failure { throw failure }
            return reply
        }
    }
}
