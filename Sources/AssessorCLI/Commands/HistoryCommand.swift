import ArgumentParser
import AssessorInterview

/// `assessor history FILE [QUESTION-ID]`: the audit trail of the answers.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the audit trail: every change of an answer, when, by whom, from what to what.",
        discussion: """
            Every change of every answer, or of one question's answer, is listed oldest first with its time, its author (--assessor, else the login \
            name), the question, the old and new value, and any change of note or justification. \
            Answers pre-filled from a mapped standard or taken from imported evidence say where they \
            came from.

            Examples:
              assessor history acme.assessment
              assessor history acme.assessment iso42001.4.1.q1
            """
    )

    @Argument(help: ArgumentHelp("The assessment file.", valueName: "file")) var file: String
    @Argument(help: ArgumentHelp("Only this question's changes (default: every question's).", valueName: "question-id")) var questionID: String?
    @OptionGroup var modules: ModuleOptions

    func run() throws {
        let assessment = try AssessmentFile.open(file, modules: modules, exclusive: false)
        let changes = try assessment.store.history(of: questionID)
        if let questionID, changes.isEmpty {
            guard assessment.plan.item(questionID) != nil else { throw assessment.unknownQuestion(questionID) }
            Terminal.show("No change recorded for \(questionID): it has never been answered.")
            return
        }
        Terminal.show(changes.isEmpty ? "No answer recorded yet in \(file)." : HistoryListing(changes: changes).text())
    }
}
