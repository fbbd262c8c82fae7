import AssessorCore
import AssessorQuestionnaires
import AssessorScoring
import AssessorScoringContract
import Testing

/// Questions skip logic leaves out are recorded as not asked, not as gaps.
@Suite struct SkipLogicScoringTests {
    @Test func skippedRequirementsLeaveTheDenominator() async throws {
        let catalog = ModuleLoader.load(ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:], options: [])).catalog
        let profile = AssessmentProfile(organisation: "Test Ltd", standards: ["iso42001"], createdBy: "test")
        let userOnly = ["scope.ai_role": Answer(questionID: "scope.ai_role", value: .choices(["user"]))]
        let request = ScoringRequest(snapshot: AssessmentSnapshot(profile: profile, catalog: catalog, answers: userOnly))
        let design = try #require(request.standards[0].requirements.first { $0.id == "A.6.2.3" })
        #expect(design.questions.isEmpty, "not asked of an organisation that only uses AI")
        let scores = try await BuiltInScorer().score(request).requirements
        #expect(scores.first { $0.id == "A.6.2.3" }?.score == nil)
        #expect(scores.first { $0.id == "A.6.2.3" }?.finding == nil, "a skipped requirement is no gap")
        #expect(scores.first { $0.id == "A.9.2" }?.score == 0, "an unanswered asked requirement is a gap")
    }
}
