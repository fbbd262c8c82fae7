import ArgumentParser
import AssessorInterview
import Foundation

/// `assessor status FILE`: progress per standard and clause, and what is left.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show how far the interview is, per standard and per clause or theme, and what is left.",
        discussion: """
            ANSWERED counts the questions answered among those ASKED (skip logic leaves out the ones \
            whose condition is not met: NOT ASKED, never gaps). TO CONFIRM are answers pre-filled from \
            a mapped standard, which the interview asks to confirm. SUGGESTED are questions with an \
            answer suggested by imported evidence (a Statement of Applicability, a gap assessment; see \
            'assessor import') that nobody has taken or dismissed yet: the interview shows them at the \
            question (:take N, :dismiss N). Reading the file needs no lock, so status works while an \
            interview runs.

            Examples:
              assessor status acme.assessment
              assessor status acme.assessment --json
            """
    )

    @Argument(help: ArgumentHelp("The assessment file.", valueName: "file")) var file: String
    @Flag(help: "Print the status as JSON, with a schemaVersion (default: a text table).") var json = false
    @OptionGroup var modules: ModuleOptions

    func run() throws {
        let snapshot = try AssessmentFile.read(file, modules: modules)
        let report = StatusReport(file: file, snapshot: snapshot, progress: AssessmentProgress(snapshot: snapshot))
        if json { print(try report.json()) } else { Terminal.show(report.text()) }
    }
}
