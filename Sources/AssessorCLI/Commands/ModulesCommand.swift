import ArgumentParser

/// `assessor modules`: list the loaded modules, or validate module files.
struct ModulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modules",
        abstract: "List the questionnaire and scoring modules, or validate module files.",
        discussion: """
            Built-in questionnaire modules ship with assessor. Add your own with --modules DIR or \
            ASSESSOR_MODULE_PATH; a module with the same id as a built-in one replaces it, with a warning. \
            Without a subcommand, lists the modules.

            Examples:
              assessor modules
              assessor modules validate my-standard.yaml
            """,
        subcommands: [ModulesListCommand.self, ModulesValidateCommand.self],
        defaultSubcommand: ModulesListCommand.self
    )
}
