import ArgumentParser

/// The commands of `assessor`, for the executable's root command.
public enum AssessorCLI {
    public static let version = "0.1.0"

    /// Every subcommand, in the order `--help` lists them: the order of the work.
    public static let commands: [any ParsableCommand.Type] = [
        NewCommand.self, InterviewCommand.self, AnswerCommand.self,
        ImportCommand.self, EvidenceCommand.self,
        StatusCommand.self, HistoryCommand.self, CheckCommand.self,
        ScoreCommand.self, EstimateCommand.self, ReportCommand.self,
        DemoCommand.self,
        ModulesCommand.self, PluginsCommand.self, PluginProbeCommand.self,
    ]
}
