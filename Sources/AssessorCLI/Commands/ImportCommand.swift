import ArgumentParser
import AssessorActions
import Foundation

/// `assessor import FILE PATH...`: DOCX, XLSX and XML evidence into an assessment, matched to its requirements.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import evidence files (DOCX, XLSX, XML) into an assessment and match them to requirements.",
        discussion: """
            Give files, folders or both; a folder is imported with everything under it, and files of other \
            kinds are passed over. Each file becomes an evidence item: its text with structure, title, author, \
            dates, version and review date, and suggested matches to the requirements of the assessment's \
            standards (an explicit reference such as "A.5.15" or "clause 9.2" ranks highest; otherwise the \
            questions' evidence hints). Statements of Applicability and gap assessments in XLSX also suggest \
            answers, which the interview offers to take.

            Importing again is safe: a file already imported (same content) is left unchanged, and a changed \
            file at the same path becomes a new revision of its item. A broken or hostile file is reported in \
            one line and the others are still imported; the command then exits with status 1. The import \
            takes the assessment's lock, so it is refused while an interview has the file open.

            The summary counts the files: imported (new items), unchanged (already there), new revisions and \
            failed; then how many items matched at least one requirement, and how many answers they suggest. \
            Whether a document is stale is judged when the register is read: 'assessor evidence FILE \
            --stale-after MONTHS' (default 12 months since its last review).

            Examples:
              assessor import acme.assessment policies/ soa.xlsx scan-results.xml
              assessor import acme.assessment policies/   # again: nothing changes
              assessor evidence acme.assessment --stale-after 24
            """
    )

    @OptionGroup var modules: ModuleOptions

    @Argument(help: "The assessment file.") var file: String
    @Argument(help: ArgumentHelp("Evidence files and folders to import.", valueName: "path")) var paths: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Please name at least one evidence file or folder to import.") }
    }

    func run() throws {
        let assessment = try AssessmentFile.open(file, modules: modules, exclusive: true)
        let view = ImportProgressView()
        let summary = ImportEvidenceAction(assessment: assessment).run(paths, report: view.show)
        view.finish()
        Terminal.show(summary.description)
        if summary.failed > 0 {
            throw CommandFailure("\(summary.failed) of \(summary.total) file\(summary.total == 1 ? "" : "s") could not be "
                                 + "imported into \(file) (each named above); fix or leave them out and import again")
        }
    }
}
