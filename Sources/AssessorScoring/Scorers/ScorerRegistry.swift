import AssessorScoringContract
import Foundation
import Logging

/// What plugin loading did, for `ASSESSOR_LOG_LEVEL=debug`.
private let log = Logger(label: "assessor.plugins")

/// The scorers available: the built-in one first, then every plugin that loaded, and the plugins
/// that did not with the reason why.
public struct ScorerRegistry: Sendable {
    /// A plugin library found on the search path, and whether it loaded.
    public struct PluginEntry: Sendable {
        public var path: String
        public var origin: PluginSource.Origin
        public var result: Result<PluginScorer, PluginError>
    }

    public let builtIn: BuiltInScorer
    public let plugins: [PluginEntry]

    /// Finds and probes every plugin on the search path (in parallel, each in its own process).
    public static func load(_ sources: [PluginSource], runner: PluginRunner) async -> ScorerRegistry {
        var seen = Set<String>()
        let found = sources.flatMap { source in source.libraries().map { ($0, source.origin) } }
            .filter { seen.insert(URL(fileURLWithPath: $0.0).resolvingSymlinksInPath().path).inserted }
        let entries = await withTaskGroup(of: (Int, PluginEntry).self) { group in
            for (index, (path, origin)) in found.enumerated() {
                group.addTask {
                    let started = ContinuousClock.now
                    let result: Result<PluginScorer, PluginError>
                    do throws(PluginError) {
                        result = .success(try await PluginScorer(path: path, runner: runner))
                    } catch {
                        result = .failure(error)
                    }
                    log.debug("probed scoring plugin", metadata: [
                        "file": "\(path)", "origin": "\(origin.rawValue)", "elapsed": "\(ContinuousClock.now - started)",
                        "result": "\((try? result.get()).map { "loaded \($0.description.id) \($0.description.version)" } ?? "failed")",
                    ])
                    return (index, PluginEntry(path: path, origin: origin, result: result))
                }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        return ScorerRegistry(builtIn: BuiltInScorer(), plugins: PluginIDs.checked(found.indices.compactMap { entries[$0] }))
    }

    /// Every usable scorer, built-in first, then the plugins in the order found.
    public var scorers: [any Scorer] {
        [builtIn] + plugins.compactMap { try? $0.result.get() }
    }

    public func scorer(id: String) -> (any Scorer)? { scorers.first { $0.description.id == id } }

    /// The plugins that could not be used.
    public var failures: [PluginError] {
        plugins.compactMap { if case .failure(let error) = $0.result { return error } else { return nil } }
    }
}
