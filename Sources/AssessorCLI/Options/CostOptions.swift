import ArgumentParser
import AssessorActions
import AssessorEstimate
import Foundation

/// How to price and plan the work (`estimate`, `report`): the cost profile, the currency, the
/// team's capacity and the share bought from a consultant.
struct CostOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Full-time people on the project, above 0.", valueName: "n")) var fte = 1.0
    @Option(help: ArgumentHelp("The currency: USD, EUR, GBP, or another the profile defines.", valueName: "code"))
    var currency = "USD"
    @Option(help: ArgumentHelp("A cost profile (YAML) replacing the default one (default: the built-in profile; "
                               + "'assessor estimate --print-profile' prints it).", valueName: "file")) var profile: String?
    @Option(help: ArgumentHelp("The share of the remediation work bought from a consultant, in percent, 0 to 100 (default: the "
                               + "profile's, 0 in the built-in one).",
                               valueName: "percent"))
    var consultancy: Double?

    func validate() throws {
        guard fte > 0 else { throw ValidationError("Please give --fte above 0, for example --fte 1.5.") }
        if let consultancy, !(0...100).contains(consultancy) {
            throw ValidationError("Please give --consultancy as a percentage from 0 to 100.")
        }
    }

    /// The estimate these options ask for.
    var action: EstimateAction {
        EstimateAction(profile: profile.map { URL(fileURLWithPath: $0) },
                       options: EstimateOptions(currency: currency, fte: fte, consultancyShare: consultancy.map { $0 / 100 }))
    }
}
