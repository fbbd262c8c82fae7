import ArgumentParser
import AssessorEvidence
import AssessorStore
import Foundation

/// `assessor import FILE PATH...`: DOCX, XLSX and XML evidence into an assessment, matched to its requirements.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import evidence files (DOCX, XLSX, XML) into an assessment and match them to requirements.",
        discussion: """
            Each file becomes an evidence item: its text with structure, title, author, dates, version and \
            review date, and suggested matches to the assessment's requirements (an explicit reference such \
            as "A.5.15" or "clause 9.2" ranks highest; otherwise the questions' evidence hints). A folder is \
            imported recursively. The same file imported again is left unchanged; a changed file at the same \
            path becomes a new revision. Statements of Applicability and gap assessments in XLSX also suggest \
            answers. A broken or hostile file is reported in one line and the others are still imported; the \
            command then exits with status 1.

            Example: assessor import acme.assessment policies/ soa.xlsx scan-results.xml
            Then:    assessor evidence acme.assessment
            """
    )

    @OptionGroup var modules: ModuleOptions

    @Argument(help: "The assessment file.") var file: String
    @Argument(help: ArgumentHelp("Evidence files and folders to import.", valueName: "path")) var paths: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Please name at least one evidence file or folder to import.") }
    }

    func run() throws {
        let store = try AssessmentStore.open(at: URL(fileURLWithPath: file))
        let catalog = try modules.load(quiet: true).catalog
        let reader = EvidenceReader(matcher: Matcher(catalog: catalog, standards: try store.profile().standards))
        let run = EvidenceImportRun(store: store, reader: reader)
        let summary = run.importAll(paths)
        print(summary.description)
        if summary.failed > 0 { throw ExitCode.failure }
    }
}
