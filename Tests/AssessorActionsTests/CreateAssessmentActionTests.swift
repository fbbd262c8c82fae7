import AssessorActions
import AssessorCore
import AssessorEstimate
import AssessorScoring
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

struct CreateAssessmentActionTests {
    let action = CreateAssessmentAction(catalog: ActionFixtures.catalog, person: "ana")

    @Test func createsTheFileAndRecordsItsSizeAsScopingAnswers() throws {
        let folder = try TemporaryFolder()
        let url = folder.path("acme.assessment")
        let assessment = try action.run(NewAssessment(organisation: "Acme Ltd", standards: ["iso42001", "iso27001"],
                                                      employees: 120, sites: 2), at: url)
        let snapshot = try assessment.snapshot()
        #expect(snapshot.profile.organisation == "Acme Ltd" && snapshot.profile.standards == ["iso42001", "iso27001"])
        #expect(snapshot.state(of: "scope.employees") == .confirmed(Answer(questionID: "scope.employees", value: .number(120))))
        #expect(snapshot.state(of: "scope.sites").answer?.value == .number(2))
        #expect(try assessment.store.history().map(\.changedBy) == ["ana", "ana"])
    }

    @Test func anUnknownStandardCreatesNothing() throws {
        let folder = try TemporaryFolder()
        let url = folder.path("acme.assessment")
        #expect(throws: ActionFailure("'soc2' is not a loaded standard",
                                      remedy: .chooseStandard(loaded: ["iso27001", "iso42001", "iso9001"]))) {
            try action.run(NewAssessment(organisation: "Acme", standards: ["iso42001", "soc2"]), at: url)
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func aSizeItsQuestionRefusesCreatesNothing() throws {
        let folder = try TemporaryFolder()
        let url = folder.path("acme.assessment")
        do {
            _ = try action.run(NewAssessment(organisation: "Acme", standards: ["iso9001"], employees: 0), at: url)
            Issue.record("a head count of 0 was accepted")
        } catch let error as NewAssessment.SizeError {
            #expect(error.questionID == "scope.employees" && error.value == 0)
            #expect(error.description.hasSuffix("nothing was created"))
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func theDemoIsTheSampleAsTheFileHoldsIt() async throws {
        let folder = try TemporaryFolder()
        let demo = try DemoAssessmentAction(catalog: ActionFixtures.catalog)
            .run(at: folder.path("demo.assessment"), standards: ["iso42001", "iso27001"], employees: 120, starting: .typical)
        let fromFile = try demo.assessment.snapshot()
        let sample = SampleAssessment(catalog: ActionFixtures.catalog, standards: ["iso42001", "iso27001"], employees: 120)
        #expect(demo.answers == sample.answers.count && fromFile.answers == sample.answers)
        #expect(fromFile.evidence.current.count == demo.documents && demo.documents > 0)
        let scored = try await ScoreAction(scorer: BuiltInScorer()).run(fromFile)
        let expected = try await ScoreAction(scorer: BuiltInScorer()).run(sample.snapshot(catalog: ActionFixtures.catalog))
        #expect(scored.overall == expected.overall && scored.blockers.count == expected.blockers.count)
    }
}
