import ArgumentParser
import AssessorCore
import Foundation

/// `assessor modules validate PATH...`: every problem in the given module files, with line and column.
struct ModulesValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check questionnaire module files and report every problem as file:line:column.",
        discussion: """
            The files are checked on their own (schema, unknown keys, missing fields, duplicate ids) and \
            together with the other loaded modules (question references, depends_on and mappings that \
            point nowhere). Exits with status 1 when any error is found.

            Examples:
              assessor modules validate my-standard.yaml
              assessor modules validate ./our-modules
            """
    )

    @OptionGroup var modules: ModuleOptions

    @Argument(help: ArgumentHelp("Module files or folders of module files to check.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Please name at least one module file or folder to check.") }
    }

    func run() throws {
        let given = paths.map { ModuleSource(url: URL(fileURLWithPath: $0), origin: .option) }
        let result = ModuleLoader.load(modules.sources + given)
        let checked = Set(given.flatMap { source in (try? source.files()) ?? [] }.map(\.standardizedFileURL.path))
        for error in result.sourceErrors where given.contains(error.source) {
            Terminal.show("error: \(error.source.url.relativePath): \(error.reason); check the path")
        }
        let problems = result.diagnostics.filter {
            checked.contains(URL(fileURLWithPath: $0.location.file).standardizedFileURL.path)
        }
        for problem in problems { Terminal.show(problem.description) }
        let errors = problems.filter { $0.severity == .error }.count
        let unreadable = result.sourceErrors.filter { given.contains($0.source) }.count
        let warnings = problems.count - errors
        Terminal.show("\(checked.count) file\(checked.count == 1 ? "" : "s") checked: "
              + "\(errors + unreadable) error\(errors + unreadable == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors + unreadable > 0 { throw ExitCode.failure }
    }
}
