import ArgumentParser
import AssessorScoring
import Foundation

/// `assessor _plugin describe|score PATH`: the host's own probe process. It opens one plugin,
/// calls it and replies in JSON, so that a plugin that crashes takes down only this process.
struct PluginProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_plugin",
        abstract: "Run one scoring plugin in isolation (used by assessor itself).",
        shouldDisplay: false
    )

    @Argument(help: "describe or score") var action: String
    @Argument(help: "The plugin's path.") var path: String

    func run() throws {
        guard let action = PluginProbe.Action(rawValue: action) else {
            throw ValidationError("Please use describe or score.")
        }
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil) // inherited from the host's Dispatch thread; let signals through
        let input = action == .score ? FileHandle.standardInput.readDataToEndOfFile() : Data()
        PluginProbe.serve(action, path: path, input: input)
    }
}
