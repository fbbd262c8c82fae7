import AssessorScoringContract
import Foundation

/// The reply a probe process writes to its standard output, as one line: exactly one of the three is set.
struct ProbeReply: Codable, Sendable {
    var description: ScorerDescription?
    var response: ScoringResponse?
    var failure: PluginError?
}

/// What runs inside a probe process (`assessor _plugin describe|score PATH`): opens the plugin,
/// calls it, and replies in JSON on standard output. A plugin that crashes takes down only this
/// process, and the host reports it by file name.
public enum PluginProbe {
    public enum Action: String, Sendable, CaseIterable {
        case describe
        case score
    }

    /// Runs one action as a probe process: the plugin's own standard output is caught in a file
    /// aside (a plugin that prints is refused, and cannot garble the reply), and the reply goes to
    /// the real standard output as one line, which tells the host it is complete. `input` is the
    /// scoring request for `score`.
    public static func serve(_ action: Action, path: String, input: Data) {
        let replyChannel = dup(STDOUT_FILENO)
        guard replyChannel >= 0, let capture = tmpfile() else { return }
        dup2(fileno(capture), STDOUT_FILENO)
        var reply = run(action, path: path, input: input)
        fflush(nil)
        if reply.failure == nil, let printed = printed(capture) {
            reply = ProbeReply(failure: PluginError(path: path, reason: .printedToStandardOutput(printed)))
        }
        var line = (try? JSONEncoder().encode(reply)) ?? Data("{}".utf8)
        line.append(0x0A)
        line.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = write(replyChannel, bytes.baseAddress! + offset, bytes.count - offset)
                guard count > 0 else { return }
                offset += count
            }
        }
    }

    static func run(_ action: Action, path: String, input: Data) -> ProbeReply {
        var reply = ProbeReply()
        do {
            let library = try PluginLibrary(path: path)
            switch action {
            case .describe: reply.description = try library.describe()
            case .score: reply.response = try library.score(String(decoding: input, as: UTF8.self))
            }
        } catch {
            reply.failure = error
        }
        return reply
    }

    /// The start of what the plugin printed, or nil when it printed nothing.
    private static func printed(_ capture: UnsafeMutablePointer<FILE>) -> String? {
        let descriptor = fileno(capture)
        var buffer = [UInt8](repeating: 0, count: 80)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }
}
