import AssessorCore
import AssessorEstimate
import AssessorScoring
import AssessorScoringContract
import AssessorTestSupport
import Testing

@Suite struct ReadinessTests {
    private func question(_ id: String, _ fraction: Double?, answer: String? = "x", na: Bool = false, why: String = "")
        -> ScoringRequest.QuestionInput {
        .init(id: id, scale: "conformity", answer: answer, fraction: fraction, dontKnow: answer == "dont_know",
              notApplicable: na, justification: why)
    }

    private func requirement(
        _ id: String, _ questions: [ScoringRequest.QuestionInput], weight: Double = 1, documented: Bool = false
    ) -> ScoringRequest.RequirementInput {
        .init(id: id, title: "Requirement \(id)", kind: "control", section: "A.5", documentedInformation: documented,
              weight: weight, work: "process", questions: questions, acceptedEvidence: 0)
    }

    private func readiness(_ requirements: [ScoringRequest.RequirementInput], scorer: any Scorer = BuiltInScorer()) async throws -> Readiness {
        let request = ScoringRequest(standards: [.init(id: "iso27001", title: "ISO/IEC 27001", requirements: requirements)])
        return Readiness(request: request, response: try await scorer.score(request), scorer: scorer.description,
                         catalog: Fixtures.catalog, coverage: Coverage(asked: 10, answered: 10))
    }

    @Test func notApplicableWithAJustificationLeavesTheDenominator() async throws {
        let justified = try await readiness([
            requirement("A.5.1", [question("q1", 1)]),
            requirement("A.5.2", [question("q2", nil, answer: "na", na: true, why: "No such activity.")]),
            requirement("A.5.3", [question("q3", 1), question("q4", nil, answer: "na", na: true, why: "Not done here.")]),
        ])
        #expect(justified.overall == 1, "left out, not counted as a gap")
        #expect(justified.requirements[1].status == .notApplicable && justified.requirements[1].score == nil)
        #expect(justified.requirements[2].score == 1)
        let theme = try #require(justified.standards[0].themes.first { $0.id == "A.5" })
        #expect(theme.scored == 2 && theme.leftOut == 1)

        let unjustified = try await readiness([
            requirement("A.5.1", [question("q1", 1)]),
            requirement("A.5.2", [question("q2", nil, answer: "na", na: true, why: "  ")]),
        ])
        #expect(unjustified.overall == 0.5, "without a justification it counts as a gap")
        #expect(unjustified.requirements[1].finding?.summary.contains("without a justification") == true)
    }

    @Test func unansweredAndDontKnowAreGaps() async throws {
        let result = try await readiness([requirement("A.5.1", [question("q1", nil, answer: nil), question("q2", 0, answer: "dont_know")])])
        #expect(result.overall == 0 && result.likelyMajor.count == 1)
    }

    @Test func requirementWeightsCountInTheRollUp() async throws {
        let result = try await readiness([requirement("A.5.1", [question("q1", 1)], weight: 2), requirement("A.5.2", [question("q2", 0)])])
        #expect(result.overall == 0.6667)
    }

    @Test func oneBlockerIsNeverReadyForStage1() async throws {
        let met = (1...30).map { requirement("A.5.\($0)", [question("q\($0)", 1)]) }
        let blocked = try await readiness(met + [requirement("A.5.99", [question("q99", 1.0 / 3)], documented: true)])
        #expect(blocked.blockers.count == 1 && blocked.overall! > 0.95)
        #expect(!blocked.verdict.isReadyForStage1)
        #expect(blocked.verdict.level == .stage1OnceBlockersClosed)
        let auditor = try await readiness(met + [requirement("A.5.99", [question("q99", 1)], documented: true)],
                                          scorer: try await auditorPlugin())
        #expect(auditor.blockers.count == 1 && !auditor.verdict.isReadyForStage1)
        for majors in 0...3 {
            for minors in [0, 5] {
                for overall in [0.2, 0.5, 0.9, 1.0] {
                    #expect(!ReadinessVerdict(blockers: 1, majors: majors, minors: minors, overall: overall).isReadyForStage1)
                }
            }
        }
    }

    /// The auditor's view, the real plugin built from Plugins/AuditorScorer.
    private func auditorPlugin() async throws -> PluginScorer {
        try await PluginScorer(path: BuiltProducts.auditorPlugin.path,
                               runner: PluginRunner(executable: BuiltProducts.assessor, timeoutSeconds: 20))
    }

    @Test func withoutBlockersTheVerdictTurnsOnMajors() {
        #expect(ReadinessVerdict(blockers: 0, majors: 2, minors: 0, overall: 0.8).level == .readyForStage1)
        #expect(ReadinessVerdict(blockers: 0, majors: 0, minors: 4, overall: 0.9).level == .readyForStage2)
        #expect(ReadinessVerdict(blockers: 0, majors: 0, minors: 0, overall: 0.3).level == .notReady)
    }

    @Test func lowCoverageSaysSo() async throws {
        let sample = SampleAssessment(catalog: Fixtures.catalog, standards: ["iso42001"], employees: 60, starting: .typical)
        let half = sample.answers.filter { $0.key.hasPrefix("scope.") || SampleHalf.keeps($0.key) }
        let readiness = try await Fixtures.readiness(standards: ["iso42001"], answers: half)
        #expect(readiness.coverage.ratio > 0.4 && readiness.coverage.ratio < 0.65)
        let caveat = try #require(readiness.caveats.first)
        #expect(caveat.hasPrefix("Estimate from \(Int(readiness.coverage.ratio * 100))% of the answers"))
        let estimate = try Estimator.estimate(readiness: readiness, scope: OrganisationScope(answers: half), profile: try Fixtures.profile())
        #expect(estimate.caveats.contains(caveat), "the estimate repeats it")
        let full = try await Fixtures.readiness(sample)
        #expect(full.coverage.isComplete && full.caveats.isEmpty)
    }
}

/// Keeps every other question, by position in the sorted ids.
private enum SampleHalf {
    static func keeps(_ id: String) -> Bool { id.utf8.reduce(0) { $0 &+ Int($1) } % 2 == 0 }
}
