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

            Trust: a plugin is native code and runs with your rights, as any program you start does; \
            load only plugins you trust. They are loaded only from the folders named above, never from \
            the current directory unless you name it. Each call runs in a probe process of its own under a time limit \
            (30 s) and a size limit on its reply, and its process group is killed afterwards. The ids \
            builtin and auditor belong to the scorers bundled with assessor, and two plugins may not \
            declare the same id; scores must be numbers from 0 to 1 for requirements of the request.

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
        Terminal.show("built-in scorer '\(registry.builtIn.description.id)' is always available.")
        if rows.isEmpty {
            Terminal.show("No scoring plugins found. Build them with 'swift build', or point --plugins at a folder of them.")
        } else {
            Terminal.show(Table(headers: ["ID", "VERSION", "STATUS", "FILE", "SUMMARY OR PROBLEM"], rows: rows).render())
        }
        if !registry.failures.isEmpty { throw ExitCode.failure }
    }
}
