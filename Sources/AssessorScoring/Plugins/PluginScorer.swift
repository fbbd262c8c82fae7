import AssessorScoringContract
import Foundation

/// A scoring plugin as a ``Scorer``: every call runs in a probe process.
public struct PluginScorer: Scorer {
    public let path: String
    public let description: ScorerDescription
    let runner: PluginRunner

    /// Describes the plugin in a probe process; throws when it cannot be used.
    public init(path: String, runner: PluginRunner) async throws(PluginError) {
        guard let description = try await runner.run(.describe, path: path).description else {
            throw PluginError(path: path, reason: .malformedJSON(function: "assessor_plugin_describe", detail: "no description"))
        }
        self.path = path
        self.description = description
        self.runner = runner
    }

    public func score(_ request: ScoringRequest) async throws(ScoringError) -> ScoringResponse {
        do {
            let input = try JSONEncoder().encode(request)
            guard let response = try await runner.run(.score, path: path, input: input).response else {
                throw PluginError(path: path, reason: .malformedJSON(function: "assessor_plugin_score", detail: "no response"))
            }
            if let problem = ScoreCheck.problem(in: response, for: request) {
                throw PluginError(path: path, reason: .invalidScores(problem))
            }
            return response
        } catch let error as PluginError {
            throw ScoringError(error.description)
        } catch {
            throw ScoringError("\(path): cannot encode the scoring request (\(error))")
        }
    }
}
