import ArgumentParser
import AssessorCore
import AssessorStore
import Foundation

/// `assessor check FILE`: SQLite's integrity check and every row decoded, one problem per line.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an assessment file: SQLite's integrity check, and every row read as the commands read it.",
        discussion: """
            Lists each problem on one line with what to do about it (remove a damaged evidence item, or \
            restore the file from a backup) and exits with status 1 when there is any; nothing is \
            written. Rows of removed evidence items are history and are not checked.

            Examples:
              assessor check acme.assessment
            """
    )

    @Argument(help: ArgumentHelp("The assessment file.", valueName: "file")) var file: String

    func run() throws {
        let store = try AssessmentStore.open(at: URL(fileURLWithPath: file), readOnly: true)
        let problems = try store.check()
        guard !problems.isEmpty else {
            return Terminal.show("\(file): no problem found (integrity check ok, every row readable)")
        }
        for problem in problems {
            Terminal.show("\(file): \(problem.summary); \(problem.remedy(file: file).commandLineText)")
        }
        throw ExitCode.failure
    }
}
