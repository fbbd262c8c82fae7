import AssessorScoringContract
import Foundation

/// The reply a probe process writes to its standard output: exactly one of the three is set.
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

    /// Runs one action; `input` is the scoring request for `score`. Returns the reply document.
    public static func run(_ action: Action, path: String, input: Data) -> Data {
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
        return (try? JSONEncoder().encode(reply)) ?? Data("{}".utf8)
    }
}
