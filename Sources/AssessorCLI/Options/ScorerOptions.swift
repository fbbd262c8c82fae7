import ArgumentParser
import AssessorActions
import AssessorScoring

/// `--scorer ID`: which scoring module turns answers into readiness.
struct ScorerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The scorer: builtin (the consultant's view), auditor (the auditor's view, a plugin) or "
                               + "another plugin's id ('assessor plugins' lists them).",
                               valueName: "id"))
    var scorer = "builtin"

    @OptionGroup var plugins: PluginOptions

    /// The built-in scorer without probing plugins; otherwise the plugin with that id (each plugin
    /// that fails to load is a warning line).
    func resolve() async throws -> any Scorer {
        try await ScorerChoice(id: scorer, sources: plugins.sources).resolve { Terminal.warning($0.description) }
    }
}
