import ArgumentParser
import AssessorActions
import AssessorCore
import AssessorReports
import Foundation

/// `assessor report FILE`: the certification-body pack and the management report, in one format.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the readiness report of an assessment as HTML, Markdown, JSON, CSV, DOCX or XLSX.",
        discussion: """
            Sections: summary (verdict, readiness per standard, clause and Annex A theme, blockers, \
            effort, cost, timeline), gaps (gap analysis), \
            soa (Statement of Applicability of ISO/IEC 27001 and 42001), evidence (evidence register), \
            actions (action plan with effort and target month per gap), cost (cost estimate with its \
            assumptions). Packs: certification-body (summary, soa, evidence, gaps) and management (summary, \
            actions, cost). CSV writes a folder with one table per file.

            The figures are those of 'assessor score' (with --scorer) and 'assessor estimate' (with \
            --fte, --currency, --profile and --consultancy), on the same file.

            HTML and Markdown come from Mustache templates; --template DIR replaces any of html-report, \
            html-style and markdown-report (.mustache) with a file of the same name, and may add partials \
            such as a letterhead. Values are escaped for you.

            Examples:
              assessor report acme.assessment
              assessor report acme.assessment --format docx --sections certification-body \\
                --output acme-cb.docx
              assessor report acme.assessment --sections management --fte 2 --currency EUR
              assessor report acme.assessment --format md --output -
            """
    )

    @Argument(help: ArgumentHelp("The assessment file.", valueName: "file")) var file: String

    @Option(help: ArgumentHelp("The output format: \(ReportFormat.listing)."))
    var format: ReportFormat = .html

    @Option(help: ArgumentHelp(
        "Where to write: a file (a folder for csv), or - for standard output (html, md, json). "
            + "Default: beside the assessment, named after it (acme-report.html).", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Comma-separated sections (summary, gaps, soa, evidence, actions, cost) or packs "
                               + "(certification-body, management, all).", valueName: "list"))
    var sections = "all"

    @Option(help: ArgumentHelp("A folder of Mustache templates replacing built-in ones of the same name (default: the "
                               + "built-in templates).", valueName: "dir"))
    var template: String?

    @Option(help: ArgumentHelp("Months after its last review that a document in the evidence register counts as stale.",
                               valueName: "months"))
    var staleAfter = Freshness.defaultMonths

    @OptionGroup var scoring: ScorerOptions
    @OptionGroup var costs: CostOptions
    @OptionGroup var modules: ModuleOptions

    func validate() throws {
        if case .failure(let error) = ReportSection.parse(sections) { throw ValidationError("Please fix --sections: \(error)") }
        guard staleAfter > 0 else { throw ValidationError("Please give --stale-after as a number of months above 0.") }
        if output == "-", !format.canWriteToStandardOutput {
            throw ValidationError("Please give --output a path: \(format.rawValue) cannot go to standard output.")
        }
        if let template {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: template, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("Please give --template an existing folder of .mustache files; \(template) is not one.")
            }
        }
    }

    func run() async throws {
        let wanted = try ReportSection.parse(sections).get()
        let snapshot = try AssessmentFile.read(file, modules: modules)
        let destination = output == "-" ? nil : try ReportDestination(output: output, assessment: file, format: format)
        let scorer = try await scoring.resolve()
        let readiness = try await ScoreAction(scorer: scorer).run(snapshot)
        let estimate = try costs.action.run(readiness, snapshot: snapshot)
        let action = ReportAction(
            format: format, sections: wanted, templateFolder: template.map { URL(fileURLWithPath: $0) },
            freshness: Freshness(months: staleAfter),
            generatedBy: "assessor \(AssessorCLI.version), scorer \(scorer.description.id) \(scorer.description.version), "
                + "cost profile '\(estimate.profile)'")
        let (model, rendered) = try action.run(snapshot, readiness: readiness, estimate: estimate)
        guard let destination else {
            if case .file(let data) = rendered { FileHandle.standardOutput.write(data) }
            return
        }
        try destination.save(rendered)
        Terminal.show("Wrote \(destination.url.path): \(ReportSummaryLine.make(model, format: format, output: rendered))")
    }
}

extension ReportFormat: ExpressibleByArgument {}
