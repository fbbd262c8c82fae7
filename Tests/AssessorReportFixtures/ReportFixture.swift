import AssessorActions
import AssessorCore
import AssessorEstimate
import AssessorQuestionnaires
import AssessorReports
import AssessorScoring
import AssessorScoringContract
import Foundation

/// A full three-standard assessment, made up but shaped like a real one, for report tests and the
/// reports benchmark: the built-in catalog, answers to every question asked, evidence, and what the
/// built-in scorer and the estimator with the default cost profile make of them.
public enum ReportFixture {
    public static let standards = ["iso42001", "iso27001", "iso9001"]
    /// 2025-06-30, noon UTC.
    public static let reportDate = Date(timeIntervalSince1970: 1_751_284_800)

    /// Text that must come out inert in every format.
    /// It starts with a formula so that cells beginning with it (notes, evidence titles) must be neutralised.
    public static let injection = "=cmd|' /C calc'!A0 <script>alert(1)</script> [click](javascript:alert(1)) **bold** | pipe"

    /// The built-in questionnaire modules.
    public static func catalog() -> Catalog {
        ModuleLoader.load(ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:], options: []))
            .catalog
    }

    /// What the assessor reads from an assessment file, as one snapshot. `payload` goes into the
    /// organisation's name, notes, justifications and evidence titles.
    public static func snapshot(evidence count: Int = 100, payload: String = "", catalog: Catalog? = nil) -> AssessmentSnapshot {
        let catalog = catalog ?? self.catalog()
        var random = FixtureRandom(seed: 42)
        let plan = InterviewPlan(catalog: catalog, standards: standards)
        let answers = FixtureAnswers.make(plan: plan, payload: payload, random: &random)
        let evidence = FixtureEvidence.make(count: count, catalog: catalog, standards: standards, reportDate: reportDate,
                                            payload: payload, random: &random)
        let profile = AssessmentProfile(organisation: payload.isEmpty ? "Northwind Analytics Ltd" : "Northwind \(payload)",
                                        standards: standards, createdBy: "fixture")
        return AssessmentSnapshot(profile: profile, catalog: catalog, answers: answers,
                                  evidence: AssessmentEvidence(items: evidence.items, matches: evidence.matches, suggestions: []))
    }

    /// The snapshot scored by the built-in scorer and estimated with the default cost profile.
    public static func estimates(
        for snapshot: AssessmentSnapshot, options: EstimateOptions = EstimateOptions()
    ) async throws -> (readiness: Readiness, estimate: Estimate, estimates: ReportEstimates) {
        let readiness = try await ScoreAction(scorer: BuiltInScorer()).run(snapshot)
        let estimate = try EstimateAction(options: options).run(readiness, snapshot: snapshot)
        return (readiness, estimate, ReportEstimates(readiness: readiness, estimate: estimate))
    }

    /// The inputs of a report of `snapshot` on the fixture's report date.
    public static func inputs(_ snapshot: AssessmentSnapshot) -> ReportInputs {
        ReportInputs(snapshot: snapshot, reportDate: reportDate, generatedBy: "assessor 0.1.0, scorer builtin 1.1.0")
    }

    /// The assembled report model.
    public static func model(evidence count: Int = 100, payload: String = "", catalog: Catalog? = nil) async throws -> ReportModel {
        let snapshot = snapshot(evidence: count, payload: payload, catalog: catalog)
        return ReportAssembler(inputs(snapshot)).assemble(estimates: try await estimates(for: snapshot).estimates)
    }
}
