import ArgumentParser
import AssessorCore
import Foundation

/// `assessor modules list`: every questionnaire module and scorer that loaded, and from where.
struct ModulesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every loaded questionnaire module and scoring module.",
        discussion: """
            Each questionnaire module with its id, kind, version and where it was loaded from, then the \
            scorers. Problems in module files and plugins are printed on standard error; the listing \
            shows what loaded.

            Examples:
              assessor modules list
              assessor modules list --modules ./our-modules --json
            """
    )

    @OptionGroup var modules: ModuleOptions
    @OptionGroup var plugins: PluginOptions
    @Flag(help: "Print the listing as JSON (default: text tables).") var json = false

    func run() async throws {
        // The plugins are probed in child processes while the questionnaires load here.
        async let probed = plugins.load()
        let result = try modules.load(strict: false)
        let listing = ModuleListing(result: result, registry: await probed)
        if json {
            print(try listing.json())
        } else {
            Terminal.show(listing.text())
        }
        if result.hasErrors(from: .option) { throw ExitCode.failure }
    }
}
