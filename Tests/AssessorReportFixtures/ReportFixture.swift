import AssessorCore
import AssessorQuestionnaires
import AssessorReports
import AssessorScoring
import AssessorScoringContract
import Foundation

/// A full three-standard assessment, made up but shaped like a real one, for report tests and the
/// reports benchmark: the built-in catalog, answers to every question asked, evidence, the
/// built-in scorer's scores and fixture estimates.
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

    /// What the assessor reads from an assessment file, scored by the built-in scorer. `payload`
    /// goes into the organisation's name, notes, justifications and evidence titles.
    public static func inputs(evidence count: Int = 100, payload: String = "", catalog: Catalog? = nil) async throws -> ReportInputs {
        let catalog = catalog ?? self.catalog()
        var random = FixtureRandom(seed: 42)
        let plan = InterviewPlan(catalog: catalog, standards: standards)
        let answers = FixtureAnswers.make(plan: plan, payload: payload, random: &random)
        let evidence = FixtureEvidence.make(count: count, catalog: catalog, standards: standards, reportDate: reportDate,
                                            payload: payload, random: &random)
        let superseded = Set(evidence.items.compactMap(\.supersedes))
        var accepted: [RequirementReference: Int] = [:]
        for match in evidence.matches where match.status == .accepted && !superseded.contains(match.evidenceID) {
            accepted[match.requirement, default: 0] += 1
        }
        let request = ScoringRequest(plan: plan, catalog: catalog, answers: answers, acceptedEvidence: accepted)
        let scores = try await BuiltInScorer().score(request)
        return ReportInputs(
            organisation: payload.isEmpty ? "Northwind Analytics Ltd" : "Northwind \(payload)", standards: standards,
            catalog: catalog, answers: answers, evidence: evidence.items, matches: evidence.matches, scores: scores,
            reportDate: reportDate, generatedBy: "assessor 0.1.0, scorer builtin")
    }

    /// The estimate figures for the inputs.
    public static func estimates(for inputs: ReportInputs) -> ReportEstimates {
        FixtureEstimates.make(catalog: inputs.catalog, standards: inputs.standards, scores: inputs.scores)
    }

    /// The assembled report model.
    public static func model(evidence count: Int = 100, payload: String = "", catalog: Catalog? = nil) async throws -> ReportModel {
        let inputs = try await inputs(evidence: count, payload: payload, catalog: catalog)
        return ReportAssembler(inputs).assemble(estimates: estimates(for: inputs))
    }
}
