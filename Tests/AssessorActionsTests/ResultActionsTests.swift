import AssessorActions
import AssessorCore
import AssessorEstimate
import AssessorReports
import AssessorScoring
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// Score, estimate and report, chained as the commands chain them, on a sample assessment file.
struct ResultActionsTests {
    @Test func theReportShowsTheFiguresOfTheScoreAndTheEstimate() async throws {
        let folder = try TemporaryFolder()
        let demo = try DemoAssessmentAction(catalog: ActionFixtures.catalog)
            .run(at: folder.path("demo.assessment"), standards: ["iso42001", "iso27001"], employees: 80, starting: .typical)
        let snapshot = try demo.assessment.snapshot()
        let readiness = try await ScoreAction(scorer: BuiltInScorer()).run(snapshot)
        let estimate = try EstimateAction(options: EstimateOptions(fte: 2)).run(readiness, snapshot: snapshot)
        let (model, output) = try ReportAction(format: .json, sections: [.summary, .evidence], generatedBy: "test")
            .run(snapshot, readiness: readiness, estimate: estimate)
        #expect(model.summary?.overallReadiness == readiness.overall)
        #expect(model.summary?.timeline.months.likely == estimate.timeline.months)
        #expect(model.evidenceRegister.count == demo.documents && model.gapAnalysis.isEmpty)
        guard case .file(let data) = output else {
            Issue.record("json is one file")
            return
        }
        let decoded = try JSONDecoder().decode(ReportModel.self, from: data)
        #expect(decoded.sections == [.summary, .evidence])
    }

    @Test func anUnknownScorerNamesTheAvailableOnes() async throws {
        await #expect(throws: ActionFailure("no scorer 'nobody'", remedy: .chooseScorer(available: ["builtin"]))) {
            _ = try await ScorerChoice(id: "nobody", sources: []).resolve()
        }
    }
}
