import AssessorCore
import AssessorEvidence
import AssessorQuestionnaires
import Foundation

/// Evidence bytes read the way an import reads a file: written to a scratch file with the format's
/// extension, then read and matched against the built-in standards.
final class EvidenceInput: @unchecked Sendable {
    static let shared = EvidenceInput()

    private let reader: EvidenceReader
    private let folder: URL

    private init() {
        let catalog = ModuleLoader.load(
            ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:], options: [])).catalog
        reader = EvidenceReader(matcher: Matcher(catalog: catalog, standards: ["iso42001", "iso27001", "iso9001"]))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("assessor-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func read(_ data: Data, extension fileExtension: String) -> String {
        let url = folder.appendingPathComponent("input.\(fileExtension)")
        do {
            try data.write(to: url)
            let evidence = try reader.read(url, path: url.path)
            return "ok: \(evidence.matches.count) matches, \(evidence.suggestions.count) suggestions"
        } catch {
            return "\(error)"
        }
    }
}
