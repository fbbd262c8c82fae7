import ArgumentParser
import AssessorScoring
import Foundation

/// Where to find scoring plugins beyond the ones beside the executable.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugins"), help: ArgumentHelp(
        "A folder (or file) of scoring plugins to load; repeatable. "
            + "Also read from ASSESSOR_PLUGIN_PATH (colon-separated). Default: the plugins beside the executable.",
        valueName: "dir"))
    var folders: [String] = []

    var sources: [PluginSource] {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return PluginSource.searchPath(executableFolder: executable.deletingLastPathComponent(),
                                       environment: ProcessInfo.processInfo.environment, options: folders)
    }

    /// Loads the built-in scorer and every plugin; each plugin that fails is one warning line.
    func load(quiet: Bool = false) async -> ScorerRegistry {
        let registry = await ScorerRegistry.load(sources, runner: .current)
        if !quiet { for failure in registry.failures { Terminal.warning(failure.description) } }
        return registry
    }
}
