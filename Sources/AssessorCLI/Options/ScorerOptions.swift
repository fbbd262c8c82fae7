import ArgumentParser
import AssessorScoring

/// `--scorer ID`: which scoring module turns answers into readiness.
struct ScorerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The scorer: builtin (the consultant's view), auditor (the auditor's view, a plugin) or "
                               + "another plugin's id ('assessor plugins' lists them).",
                               valueName: "id"))
    var scorer = "builtin"

    @OptionGroup var plugins: PluginOptions

    /// The built-in scorer without probing plugins; otherwise the plugin with that id, or an error
    /// listing the ids available.
    func resolve() async throws -> any Scorer {
        let builtIn = BuiltInScorer()
        if scorer == builtIn.description.id { return builtIn }
        let registry = await plugins.load()
        guard let found = registry.scorer(id: scorer) else {
            let available = registry.scorers.map(\.description.id).joined(separator: ", ")
            throw CommandFailure("no scorer '\(scorer)'; available: \(available) (see 'assessor plugins')")
        }
        return found
    }
}
