import AssessorCore
import AssessorEvidence
import AssessorQuestionnaires
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// Shared setup for the evidence tests: the built-in catalog, a matcher, assessments, the corpus.
enum EvidenceFixtures {
    static let catalog: Catalog = {
        let result = ModuleLoader.load([ModuleSource(url: BuiltInQuestionnaires.directory!, origin: .builtIn)])
        return result.catalog
    }()

    static let allStandards = ["iso42001", "iso27001", "iso9001"]

    static func reader(_ standards: [String] = allStandards) -> EvidenceReader {
        EvidenceReader(matcher: Matcher(catalog: catalog, standards: standards))
    }

    /// A new assessment file in `folder`.
    @discardableResult
    static func assessment(in folder: TemporaryFolder, standards: [String] = allStandards) throws -> URL {
        let url = folder.path("test.assessment")
        _ = try AssessmentStore.create(at: url, profile: AssessmentProfile(organisation: "Acme", standards: standards,
                                                                            createdBy: "test"))
        return url
    }

    /// The shared corpus of real files, or nil (the test then says it was skipped).
    static var corpus: URL? {
        let url = BuiltProducts.shared.appendingPathComponent("corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static let corpusMissing = "skipped: the shared corpus (../shared/corpus) is not beside the repository"

    static func corpusFile(_ name: String) -> URL? { corpus?.appendingPathComponent(name) }

    static func read(_ name: String, standards: [String] = allStandards) throws -> ImportedEvidence? {
        guard let url = corpusFile(name) else { return nil }
        return try reader(standards).read(url, path: name)
    }

    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        if text.contains(".") { formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds] }
        return formatter.date(from: text.count == 10 ? text + "T00:00:00Z" : text)!
    }
}
