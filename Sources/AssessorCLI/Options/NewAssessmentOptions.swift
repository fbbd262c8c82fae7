import ArgumentParser
import AssessorCore
import AssessorActions
import AssessorStore
import Foundation

/// What a new assessment is of: the organisation, the standards, and its size.
struct NewAssessmentOptions: ParsableArguments {
    @Option(name: .customLong("org"), help: ArgumentHelp("The organisation's name, as reports show it (required for a new file).",
                                                          valueName: "name"))
    var organisation: String?

    @Option(help: ArgumentHelp(
        "The standards in scope, comma-separated, in the order to walk them (required for a new file). Built in: iso42001, "
            + "iso27001, iso9001; 'assessor modules' lists any others loaded.",
        valueName: "ids"))
    var standards: String?

    @Option(help: ArgumentHelp("People working within the scope, at least 1: the answer to scope.employees "
                               + "(default: asked in the interview).", valueName: "n"))
    var employees: Int?

    @Option(help: ArgumentHelp("Permanent sites within the scope, at least 1: the answer to scope.sites "
                               + "(default: asked in the interview).", valueName: "n"))
    var sites: Int?

    /// The standards named, without repeats.
    var standardIDs: [String] { StandardList(standards).ids }

    /// Whether any option of a new assessment was given.
    var isGiven: Bool { organisation != nil || standards != nil || employees != nil || sites != nil }

    /// What the options describe. The action checks it against the modules before creating anything.
    var newAssessment: NewAssessment {
        NewAssessment(organisation: organisation ?? "", standards: standardIDs, employees: employees, sites: sites)
    }

    /// Creates the assessment at `url`, holding its lock when `exclusive`.
    func create(at url: URL, catalog: Catalog, person: String, exclusive: Bool) throws -> Assessment {
        try CreateAssessmentAction(catalog: catalog, person: person).run(newAssessment, at: url, exclusive: exclusive)
    }
}
