import ArgumentParser
import AssessorActions
import AssessorEstimate
import AssessorScoring
import Foundation

/// `assessor estimate FILE`: person-days to close the gaps, audit days of the 3-year cycle, what
/// certification costs, and how many months it takes, each figure with its assumption.
struct EstimateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Estimate remediation effort, audit days, certification cost and timeline.",
        discussion: """
            Effort comes from the size of each gap and the kind of work it takes, scaled by head count; \
            work on shared harmonized-structure clauses is done once. Audit days come from IAF MD 5 \
            (ISO 9001), the ISO/IEC 27006 chart (ISO/IEC 27001) and ISO/IEC 42006 by AI role (ISO/IEC \
            42001; derived beyond its published row), read at the effective personnel, with surveillance \
            about 1/3 and recertification about 2/3 of the initial audit, sampled sites (IAF MD 1), \
            certificates already held by their cycle audits only, and the IAF MD 11 reduction (at most \
            20 %) on the combined time of each audit where several standards are audited together. Money \
            uses the rates of the cost profile under low / likely / high prices and audit days.

            Every table and rate lives in an editable YAML cost profile. Print the default with \
            --print-profile, change it to match a real quote, and pass it with --profile FILE.

            Examples:
              assessor estimate acme.assessment
              assessor estimate acme.assessment --fte 1.5 --currency EUR --consultancy 30
              assessor estimate --print-profile > my-profile.yaml
              assessor estimate acme.assessment --profile my-profile.yaml
            """
    )

    @Argument(help: ArgumentHelp("The assessment file (not needed with --print-profile).", valueName: "file"))
    var file: String?
    @OptionGroup var costs: CostOptions
    @Flag(help: "Print the default cost profile (YAML) to start your own from, and exit.") var printProfile = false
    @OptionGroup var modules: ModuleOptions
    @Flag(help: "Print the result as JSON, schemaVersion 1 (default: text).") var json = false

    func validate() throws {
        if file == nil, !printProfile { throw ValidationError("Please name the assessment file to estimate.") }
    }

    func run() async throws {
        if printProfile {
            guard let url = CostProfileLoader.defaultProfileURL, let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw CommandFailure("the default cost profile was not found beside the executable")
            }
            print(text, terminator: "")
            return
        }
        let snapshot = try AssessmentFile.read(file ?? "", modules: modules)
        let readiness = try await ScoreAction(scorer: BuiltInScorer()).run(snapshot)
        let estimate = try costs.action.run(readiness, snapshot: snapshot)
        let summary = AssessmentFile.summary(file ?? "", snapshot)
        if json {
            print(try JSONText.encode(EstimateDocument(assessment: summary, content: estimate)))
        } else {
            let titles = readiness.standards.map { (id: $0.id, title: $0.title) }
            Terminal.show(EstimateText(assessment: summary, estimate: estimate, titles: titles).render())
        }
    }
}
