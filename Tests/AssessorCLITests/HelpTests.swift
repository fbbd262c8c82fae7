import AssessorTestSupport
import Testing

/// Every command's `--help` teaches: what it does, how it works, and at least one example.
@Suite struct HelpTests {
    @Test(arguments: [
        [], ["new"], ["interview"], ["answer"], ["import"], ["evidence"], ["status"], ["history"], ["score"],
        ["estimate"], ["report"], ["demo"], ["modules"], ["modules", "list"], ["modules", "validate"], ["plugins"],
    ])
    func helpHasAnOverviewADiscussionAndAnExample(command: [String]) throws {
        let run = try CommandRun.assessor(command + ["--help"])
        #expect(run.status == 0)
        let sections = (run.output.components(separatedBy: "USAGE:").first ?? "").components(separatedBy: "\n\n")
        #expect(sections.first?.hasPrefix("OVERVIEW: ") == true, "\(command)")
        let discussion = sections.dropFirst().joined(separator: "\n\n")
        #expect(discussion.count > 100, "a discussion after the overview: \(command)")
        #expect(discussion.contains("\n  " + (["assessor"] + command).joined(separator: " ")),
                "an indented example: \(command)\n\(run.output)")
    }

    @Test func noArgumentsShowsTheUsualPath() throws {
        let run = try CommandRun.assessor([])
        #expect(run.status == 0)
        #expect(run.output.contains("The usual path"))
        #expect(run.output.contains("SUBCOMMANDS:\n  new "), "the commands in the order of the work")
    }
}
