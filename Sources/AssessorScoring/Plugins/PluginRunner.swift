import Foundation
import Subprocess
import SystemPackage

/// Starts probe processes: an executable that understands `_plugin describe|score PATH` (the
/// assessor binary itself). The whole probe (loading the plugin, calling it, reading its reply)
/// runs under one time limit and one size limit, in a process group of its own that is killed
/// afterwards, so that a plugin that forks leaves nothing behind.
public struct PluginRunner: Sendable {
    public var executable: URL
    public var timeoutSeconds: Int
    /// The most the host reads of a reply, in bytes.
    public var replyLimit: Int

    public init(executable: URL, timeoutSeconds: Int = 30, replyLimit: Int = 16 * 1024 * 1024) {
        self.executable = executable
        self.timeoutSeconds = timeoutSeconds
        self.replyLimit = replyLimit
    }

    /// The running assessor binary.
    public static var current: PluginRunner {
        PluginRunner(executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath())
    }

    /// Runs one probe and returns its reply; a crash, a time-out, an oversized reply or garbage is a ``PluginError``.
    func run(_ action: PluginProbe.Action, path: String, input: Data = Data()) async throws(PluginError) -> ProbeReply {
        var options = PlatformOptions()
        options.processGroupID = 0
        let result: ExecutionResult<ProbeOutput, SequenceOutput, DiscardedOutput>
        do {
            result = try await Subprocess.run(
                .path(FilePath(executable.path)),
                arguments: ["_plugin", action.rawValue, path],
                // A crash is reported by its signal; the runtime's backtrace would only slow it down.
                environment: .inherit.updating(["SWIFT_BACKTRACE": "enable=no"]),
                platformOptions: options,
                input: .array([UInt8](input)),
                output: .sequence,
                error: .discarded
            ) { execution in
                // Then the probe and anything the plugin started in its group are killed.
                await ProbeOutput.read(execution.standardOutput, limit: replyLimit, seconds: timeoutSeconds) {
                    try? execution.send(signal: .kill, toProcessGroup: true)
                }
            }
        } catch {
            throw PluginError(path: path, reason: .failed(status: -1, detail: "cannot run \(executable.path): \(error)"))
        }
        return try outcome(result.closureResult, status: result.terminationStatus, path: path)
    }

    private func outcome(_ output: ProbeOutput, status: TerminationStatus, path: String) throws(PluginError) -> ProbeReply {
        switch output {
        case .timedOut: throw PluginError(path: path, reason: .timedOut(seconds: timeoutSeconds))
        case .tooLarge: throw PluginError(path: path, reason: .replyTooLarge(limit: replyLimit))
        case .line(let data):
            guard let reply = try? JSONDecoder().decode(ProbeReply.self, from: data) else {
                let detail = String(decoding: data.prefix(200), as: UTF8.self)
                throw PluginError(path: path, reason: .failed(status: 0, detail: detail))
            }
            if let failure = reply.failure { throw failure }
            return reply
        case .ended(let data):
            switch status {
            case .signaled(let signal): throw PluginError(path: path, reason: .crashed(signal: signal))
            case .exited(let code) where data.isEmpty: throw PluginError(path: path, reason: .exitedWithoutReply(status: code))
            case .exited(let code):
                throw PluginError(path: path, reason: .failed(status: code, detail: String(decoding: data.prefix(200), as: UTF8.self)))
            }
        }
    }
}
