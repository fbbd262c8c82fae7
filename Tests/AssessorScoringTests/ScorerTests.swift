import AssessorCore
import AssessorQuestionnaires
import AssessorScoring
import AssessorScoringContract
import Testing

@Suite struct ScorerTests {
    private func requirement(
        _ answers: [(String?, Double?)], documented: Bool = false, notApplicable: Bool = false, justification: String = "",
        evidence: Int = 0
    ) -> ScoringRequest.RequirementInput {
        .init(id: "r", title: "R", kind: "clause", section: "4", documentedInformation: documented, weight: 1,
              work: "process", questions: answers.enumerated().map { index, answer in
                  .init(id: "q\(index)", scale: "conformity", answer: answer.0, fraction: answer.1,
                        dontKnow: answer.0 == "dont_know", notApplicable: notApplicable, justification: justification)
              }, acceptedEvidence: evidence)
    }

    private func score(_ requirement: ScoringRequest.RequirementInput) async throws -> ScoringResponse.RequirementScore {
        try #require(try await BuiltInScorer().score(ScoringRequest(standards: [.init(id: "s", title: "S", requirements: [requirement])]))
            .requirements.first)
    }

    @Test func theBuiltInScorerAveragesAndCountsGapsAsZero() async throws {
        #expect(try await score(requirement([("fully", 1), ("partially", 1.0 / 3)])).score == 2.0 / 3)
        #expect(try await score(requirement([("fully", 1), (nil, nil)])).score == 0.5, "unanswered counts as a gap")
        #expect(try await score(requirement([("dont_know", 0)])).finding?.severity == .major)
        #expect(try await score(requirement([("na", nil)], notApplicable: true, justification: "Not done here.")).score == nil,
                "not applicable with a justification leaves the denominator")
        #expect(try await score(requirement([("na", nil)], notApplicable: true)).score == 0,
                "without a justification it counts as a gap")
        #expect(try await score(requirement([])).score == nil, "nothing asked, nothing scored")
    }

    @Test func missingMandatoryDocumentationIsABlocker() async throws {
        #expect(try await score(requirement([("partially", 1.0 / 3)], documented: true)).finding?.severity == .blocker)
        #expect(try await score(requirement([("partially", 1.0 / 3)])).finding?.severity == .minor)
        #expect(try await score(requirement([("fully", 1)], documented: true)).finding == nil)
    }

    @Test func theRequestCarriesOnlyAskedQuestionsOfTheStandardsInScope() throws {
        let result = ModuleLoader.load(ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:], options: []))
        let profile = AssessmentProfile(organisation: "Test Ltd", standards: ["iso42001"], createdBy: "test")
        let request = ScoringRequest(snapshot: AssessmentSnapshot(profile: profile, catalog: result.catalog, answers: [
            "hs.4.1.q1": Answer(questionID: "hs.4.1.q1", value: .conformity(.largely)),
        ]))
        #expect(request.standards.map(\.id) == ["iso42001"])
        let context = try #require(request.standards[0].requirements.first { $0.id == "4.1" })
        let shared = try #require(context.questions.first { $0.id == "hs.4.1.q1" })
        #expect(shared.answer == "largely" && shared.fraction == 2.0 / 3)
    }
}
