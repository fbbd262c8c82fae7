import ArgumentParser
import AssessorCore
import AssessorQuestionnaires
import Foundation

/// Where to find questionnaire modules beyond the built-in ones.
struct ModuleOptions: ParsableArguments {
    @Option(name: .customLong("modules"), help: ArgumentHelp(
        "A folder (or file) of questionnaire modules to load after the built-in ones; repeatable. "
            + "Also read from ASSESSOR_MODULE_PATH (colon-separated). Default: the built-in modules only.",
        valueName: "dir"))
    var folders: [String] = []

    /// The search path: built-in modules, ASSESSOR_MODULE_PATH, then each --modules.
    var sources: [ModuleSource] {
        ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory,
                                environment: ProcessInfo.processInfo.environment, options: folders)
    }

    /// Loads the modules, printing each problem on standard error. A module named with --modules
    /// that does not load fails the command (after its diagnostics), unless `strict` is false.
    func load(quiet: Bool = false, strict: Bool = true) throws -> ModuleLoadResult {
        let result = ModuleLoader.load(sources)
        if !quiet {
            for error in result.sourceErrors { Terminal.warning(error.description) }
            for diagnostic in result.diagnostics + result.notices { Terminal.standardError(diagnostic.description) }
        }
        if BuiltInQuestionnaires.directory == nil, !quiet {
            Terminal.warning("the built-in questionnaire modules were not found beside the executable; "
                             + "use --modules or ASSESSOR_MODULE_PATH")
        }
        if strict, result.hasErrors(from: .option) {
            throw CommandFailure("a module given with --modules has errors (above); fix it, or leave it out of --modules")
        }
        return result
    }
}
