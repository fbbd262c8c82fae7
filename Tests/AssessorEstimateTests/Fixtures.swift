import AssessorActions
import AssessorCore
import AssessorEstimate
import AssessorQuestionnaires
import AssessorScoring
import AssessorScoringContract
import Foundation
import Testing

/// The built-in modules, the default cost profile, and readiness and estimates of sample assessments.
enum Fixtures {
    static let catalog = ModuleLoader.load(
        ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:], options: [])).catalog

    private static let defaultProfile = Result { () throws(CostProfileError) in try CostProfileLoader.loadDefault() }

    static func profile() throws -> CostProfile { try defaultProfile.get() }

    /// Scores answers through the real snapshot, request and scorer; `evidence` counts the documents
    /// accepted for each requirement.
    static func readiness(
        standards: [String], answers: [String: Answer], evidence: [RequirementReference: Int] = [:],
        scorer: any Scorer = BuiltInScorer()
    ) async throws -> Readiness {
        let profile = AssessmentProfile(organisation: "Test Ltd", standards: standards, createdBy: "test")
        let snapshot = AssessmentSnapshot(profile: profile, catalog: catalog, answers: answers, evidence: accepted(evidence))
        return try await ScoreAction(scorer: scorer).run(snapshot)
    }

    static func readiness(_ sample: SampleAssessment) async throws -> Readiness {
        try await ScoreAction(scorer: BuiltInScorer()).run(sample.snapshot(catalog: catalog))
    }

    /// One made-up document accepted for each requirement counted, as many times as counted.
    private static func accepted(_ counts: [RequirementReference: Int]) -> AssessmentEvidence {
        let links = counts.sorted { $0.key < $1.key }.flatMap { requirement, count in Array(repeating: requirement, count: count) }
        let items = links.indices.map {
            EvidenceItem(id: Int64($0 + 1), contentHash: "\($0)", path: "/e/\($0).docx", format: .docx, size: 1, title: "doc \($0)", text: "")
        }
        let matches = links.enumerated().map {
            EvidenceMatch(evidenceID: Int64($0.offset + 1), requirement: $0.element, confidence: 1, reason: "test", status: .accepted)
        }
        return AssessmentEvidence(items: items, matches: matches, suggestions: [])
    }

    static let titles = ["iso9001": "ISO 9001", "iso27001": "ISO/IEC 27001", "iso42001": "ISO/IEC 42001"]

    /// The audit time of `standards` for `scope` under the default profile (or `settings`).
    static func auditTime(
        _ standards: [String], _ scope: OrganisationScope, settings: AuditTimeSettings? = nil
    ) throws -> AuditTimeEstimate {
        AuditTimeEstimate(standards: standards.map { ($0, titles[$0] ?? $0) }, scope: scope,
                          settings: try settings ?? profile().auditTime)
    }

    /// The default profile's text with `old` replaced by `new` (which must be found).
    static func profileText(replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOf: #require(CostProfileLoader.defaultProfileURL), encoding: .utf8)
        try #require(text.contains(old), "the default profile has no '\(old)'")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The estimate of a sample organisation, through the whole model.
    static func estimate(
        _ standards: [String], employees: Int = 100, starting: SampleAssessment.Starting, options: EstimateOptions = .init()
    ) async throws -> Estimate {
        let sample = SampleAssessment(catalog: catalog, standards: standards, employees: employees, starting: starting)
        return try Estimator.estimate(readiness: try await readiness(sample), scope: OrganisationScope(answers: sample.answers),
                                      profile: try profile(), options: options)
    }
}
