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

    /// Scores answers through the real plan, request and scorer.
    static func readiness(
        standards: [String], answers: [String: Answer], evidence: [RequirementReference: Int] = [:],
        scorer: any Scorer = BuiltInScorer()
    ) async throws -> Readiness {
        let plan = InterviewPlan(catalog: catalog, standards: standards)
        let request = ScoringRequest(plan: plan, catalog: catalog, answers: answers, acceptedEvidence: evidence)
        return Readiness(request: request, response: try await scorer.score(request), scorer: scorer.description,
                         catalog: catalog, coverage: Coverage(plan: plan, answers: answers))
    }

    static func readiness(_ sample: SampleAssessment) async throws -> Readiness {
        let evidence = Dictionary(sample.evidence.map { ($0.requirement, 1) }, uniquingKeysWith: +)
        return try await readiness(standards: sample.standards, answers: sample.answers, evidence: evidence)
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
