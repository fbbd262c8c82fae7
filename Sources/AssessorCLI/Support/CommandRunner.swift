import ArgumentParser

extension AssessorCLI {
    /// Parses the arguments for `root`, runs the command, and turns a failure into its one line and
    /// exit status, with library errors phrased in the command line's terms.
    public static func run<Root: AsyncParsableCommand>(_ root: Root.Type) async {
        do {
            var command = try root.parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            root.exit(withError: ErrorPhrasing.phrased(error))
        }
    }
}
