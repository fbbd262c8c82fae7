import ArgumentParser
import Foundation

/// `assessor new FILE --org NAME --standards ...`: create an assessment file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create an assessment file for an organisation and the standards in scope.",
        discussion: """
            The file is one SQLite database holding the profile, every answer with its history, and \
            the evidence. It records the version of each questionnaire module used. An existing file \
            is never overwritten. --employees and --sites are saved as the answers to the scoping \
            questions scope.employees and scope.sites.

            Next, answer the questions with 'assessor interview FILE' (which can also create the file: \
            --new), or set answers from a sheet with 'assessor answer FILE --from SHEET'.

            Example:
              assessor new acme.assessment --org "Acme Ltd" --standards iso42001,iso27001 \\
                --employees 120 --sites 2
            """
    )

    @Argument(help: ArgumentHelp("The assessment file to create.", valueName: "file")) var file: String
    @OptionGroup var assessment: NewAssessmentOptions
    @OptionGroup var assessor: AssessorOptions
    @OptionGroup var modules: ModuleOptions

    func validate() throws {
        guard assessment.organisation != nil, !assessment.standardIDs.isEmpty else {
            throw ValidationError("Please give the organisation and the standards: --org NAME --standards iso42001,iso27001")
        }
    }

    func run() throws {
        let catalog = try modules.load().catalog
        let created = try assessment.create(at: URL(fileURLWithPath: file), catalog: catalog, person: assessor.person,
                                            exclusive: true)
        let count = created.plan.items.count
        Terminal.show("Created \(file) for \(created.profile.organisation): \(created.profile.standards.joined(separator: ", ")), "
              + "\(count) questions.")
        Terminal.show("Start the interview with: assessor interview \(file)")
    }
}
