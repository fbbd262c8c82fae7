import ArgumentParser

/// The commands of `assessor`, for the executable's root command.
public enum AssessorCLI {
    public static let version = "0.1.0"

    /// Every subcommand, in the order `--help` lists them.
    public static let commands: [any ParsableCommand.Type] = [
        ModulesCommand.self, PluginsCommand.self, PluginProbeCommand.self,
        NewCommand.self, InterviewCommand.self, AnswerCommand.self, StatusCommand.self, HistoryCommand.self,
        ReportCommand.self,
        ScoreCommand.self, EstimateCommand.self, DemoCommand.self,
        ImportCommand.self, EvidenceCommand.self,
    ]
}
