import ArgumentParser
import AssessorActions
import AssessorEstimate
import Foundation

/// How to price and plan the work (`estimate`, `report`): the cost profile, the currency, the
/// team's capacity and the share bought from a consultant.
struct CostOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Full-time people on the project, from 0.05 to 1,000.", valueName: "n")) var fte = 1.0
    @Option(help: ArgumentHelp("The currency: USD, EUR, GBP, or another the profile defines.", valueName: "code"))
    var currency = "USD"
    @Option(help: ArgumentHelp("A cost profile (YAML) replacing the default one (default: the built-in profile; "
                               + "'assessor estimate --print-profile' prints it).", valueName: "file")) var profile: String?
    @Option(help: ArgumentHelp("The share of the remediation work bought from a consultant, in percent, 0 to 100 (default: the "
                               + "profile's, 0 in the built-in one).",
                               valueName: "percent"))
    var consultancy: Double?

    var options: EstimateOptions {
        EstimateOptions(currency: currency, fte: fte, consultancyShare: consultancy.map { $0 / 100 })
    }

    /// The library's range checks, phrased with the flags.
    func validate() throws {
        switch options.problems.first {
        case .fte?: throw ValidationError("Please give --fte from 0.05 to 1,000 full-time people, for example --fte 1.5.")
        case .consultancyShare?: throw ValidationError("Please give --consultancy as a percentage from 0 to 100.")
        case nil: break
        }
    }

    /// The estimate these options ask for.
    var action: EstimateAction {
        EstimateAction(profile: profile.map { URL(fileURLWithPath: $0) },
                       options: options)
    }
}
