import ArgumentParser
import AssessorScoring

/// `assessor plugins`: the scoring plugins found, and why any failed to load.
struct PluginsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List scoring plugins and explain any that failed to load.",
        discussion: """
            Scoring plugins are shared libraries implementing the C ABI in assessor_plugin.h. They are \
            found beside the executable (libAssessorPlugin*.so, and its plugins/ folder), in \
            ASSESSOR_PLUGIN_PATH and in each --plugins folder. Each is checked in its own process, so a \
            broken plugin is reported and the others still load. Exits with status 1 when one failed. \
            Use a plugin's id with --scorer (score, report).

            Examples:
              assessor plugins
              assessor plugins --plugins ./build/plugins
            """
    )

    @OptionGroup var plugins: PluginOptions

    func run() async throws {
        let registry = await plugins.load(quiet: true)
        let rows = registry.plugins.map { entry -> [String] in
            switch entry.result {
            case .success(let plugin):
                return [plugin.description.id, plugin.description.version, "loaded", entry.path, plugin.description.summary]
            case .failure(let error):
                return ["-", "-", "failed", entry.path, error.explanation]
            }
        }
        print("built-in scorer '\(registry.builtIn.description.id)' is always available.")
        if rows.isEmpty {
            print("No scoring plugins found. Build them with 'swift build', or point --plugins at a folder of them.")
        } else {
            print(Table(headers: ["ID", "VERSION", "STATUS", "FILE", "SUMMARY OR PROBLEM"], rows: rows).render())
        }
        if !registry.failures.isEmpty { throw ExitCode.failure }
    }
}
