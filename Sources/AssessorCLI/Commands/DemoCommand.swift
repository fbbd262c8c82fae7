import ArgumentParser
import AssessorCore
import AssessorEstimate
import AssessorActions
import Foundation

/// `assessor demo FILE`: a deterministic, fully answered sample assessment to try `score` and
/// `estimate` on.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a fully answered sample assessment to try score and estimate on.",
        discussion: """
            The answers are made up but deterministic: the same options always give the same file \
            content, so the README and the tests can show real output. --starting picks the sample's \
            situation: typical (a mix), scratch (nothing in place) or iso27001-certified (an ISMS in \
            place, an AI management system to build).

            Examples:
              assessor demo sample.assessment
              assessor demo sample.assessment --standards iso42001,iso27001 --employees 250 --sites 4
              assessor demo scratch.assessment --starting scratch
            Then: assessor score sample.assessment, assessor estimate sample.assessment, \
            assessor report sample.assessment.
            """
    )

    @Argument(help: ArgumentHelp("The assessment file to create (it must not exist).", valueName: "file")) var file: String
    @Option(help: ArgumentHelp("The standards, comma-separated: iso42001, iso27001, iso9001 or another loaded standard module.",
                              valueName: "ids"))
    var standards = "iso42001,iso27001,iso9001"
    @Option(help: ArgumentHelp("Head count of the sample organisation, at least 1.", valueName: "n")) var employees = 120
    @Option(help: ArgumentHelp("Sites of the sample organisation, 1 to 10,000.", valueName: "n")) var sites = 1
    @Option(help: ArgumentHelp("Where the sample starts: typical, scratch or iso27001-certified.", valueName: "situation"))
    var starting = SampleAssessment.Starting.typical.rawValue
    @OptionGroup var modules: ModuleOptions

    var standardIDs: [String] { StandardList(standards).ids }

    func validate() throws {
        guard employees >= 1 else { throw ValidationError("Please give --employees of at least 1.") }
        guard (1...10_000).contains(sites) else { throw ValidationError("Please give --sites from 1 to 10,000.") }
        guard SampleAssessment.Starting(rawValue: starting) != nil else {
            throw ValidationError("Please give --starting as one of: "
                                  + SampleAssessment.Starting.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        guard !standardIDs.isEmpty else { throw ValidationError("Please name at least one standard, e.g. --standards iso42001.") }
    }

    func run() throws {
        let catalog = try modules.load().catalog
        let demo = try DemoAssessmentAction(catalog: catalog).run(
            at: URL(fileURLWithPath: file), standards: standardIDs, employees: employees, sites: sites,
            starting: SampleAssessment.Starting(rawValue: starting) ?? .typical)
        Terminal.show("Created \(file): \(SampleAssessment.organisation), \(standardIDs.joined(separator: ", ")), \(employees) people, "
              + "\(sites) site\(sites == 1 ? "" : "s"), \(starting); \(demo.answers) answers, \(demo.documents) evidence documents accepted for "
              + "\(demo.links) requirements.")
        Terminal.show("Next: assessor score \(file)    assessor estimate \(file)    assessor report \(file)")
    }
}
