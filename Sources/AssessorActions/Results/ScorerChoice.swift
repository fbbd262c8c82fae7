import AssessorScoring

/// Which scorer turns answers into readiness: the built-in one without probing any plugin, or the
/// plugin with the id asked for, found on the plugin search path.
public struct ScorerChoice: Sendable {
    /// The scorer's id (`builtin`, `auditor`).
    public var id: String
    /// Where plugins are looked for.
    public var sources: [PluginSource]

    public init(id: String, sources: [PluginSource]) {
        self.id = id
        self.sources = sources
    }

    /// The scorer; every plugin that failed to load is reported to `warn`.
    public func resolve(warn: (PluginError) -> Void = { _ in }) async throws(ActionFailure) -> any Scorer {
        let builtIn = BuiltInScorer()
        if id == builtIn.description.id { return builtIn }
        let registry = await ScorerRegistry.load(sources, runner: .current)
        registry.failures.forEach(warn)
        guard let found = registry.scorer(id: id) else {
            throw ActionFailure("no scorer '\(id)'", remedy: .chooseScorer(available: registry.scorers.map(\.description.id)))
        }
        return found
    }
}
