import ArgumentParser
import AssessorCore
import AssessorEstimate
import AssessorStore
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
        try StandardList(standards).check(against: catalog)
        let sample = SampleAssessment(catalog: catalog, standards: standardIDs, employees: employees, sites: sites,
                                      starting: SampleAssessment.Starting(rawValue: starting) ?? .typical)
        let versions = Dictionary(uniqueKeysWithValues: catalog.modules.map { ($0.identity.id, $0.identity.version) })
        let store = try AssessmentStore.create(at: URL(fileURLWithPath: file), profile: AssessmentProfile(
            organisation: SampleAssessment.organisation, standards: standardIDs, moduleVersions: versions, createdBy: "assessor demo"))
        for answer in sample.answers.values.sorted(by: { $0.questionID < $1.questionID }) {
            try store.record(answer, by: "assessor demo")
        }
        let documents = Dictionary(grouping: sample.evidence, by: \.title).sorted { $0.key < $1.key }
        for (title, links) in documents {
            try store.addEvidence(DemoEvidence.item(title: title), matches: links.map {
                EvidenceMatch(evidenceID: 0, requirement: $0.requirement, confidence: 1, reason: "sample evidence", status: .accepted)
            })
        }
        print("Created \(file): \(SampleAssessment.organisation), \(standardIDs.joined(separator: ", ")), \(employees) people, "
              + "\(sites) site\(sites == 1 ? "" : "s"), \(starting); \(sample.answers.count) answers, \(documents.count) evidence documents accepted for "
              + "\(sample.evidence.count) requirements.")
        print("Next: assessor score \(file)    assessor estimate \(file)    assessor report \(file)")
    }
}

/// A made-up evidence document for the sample assessment.
enum DemoEvidence {
    static func item(title: String) -> EvidenceItem {
        let slug = title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let text = "Sample evidence: \(title)."
        return EvidenceItem(contentHash: hex(text), path: "sample/\(String(slug)).docx", format: .docx, size: Int64(text.utf8.count),
                            title: title, author: "assessor demo", text: text)
    }

    /// A stable 64-digit hex identifier for the made-up content (four FNV-1a rounds).
    private static func hex(_ text: String) -> String {
        (0..<4).map { round in
            let value = "\(round):\(text)".utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
