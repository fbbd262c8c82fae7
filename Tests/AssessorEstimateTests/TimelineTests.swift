import AssessorCore
import AssessorEstimate
import Testing

/// The way to the certificate: no floor when nothing is left, and the certification body's lead time
/// only where the work has not already covered it.
@Suite struct TimelineTests {
    /// The typical sample with every scored answer at its best and a document for every requirement.
    private func fullyImplemented(_ standards: [String]) async throws -> Estimate {
        let sample = SampleAssessment(catalog: Fixtures.catalog, standards: standards, employees: 40, starting: .typical)
        let answers = sample.answers.mapValues { answer -> Answer in
            guard let scale = Fixtures.catalog.questions[answer.questionID]?.scale, scale.isScored else { return answer }
            switch scale.kind {
            case .conformity: return Answer(questionID: answer.questionID, value: .conformity(.fully))
            case .maturity: return Answer(questionID: answer.questionID, value: .maturity(5))
            default: return Answer(questionID: answer.questionID, value: .yesNo(true))
            }
        }
        let plan = InterviewPlan(catalog: Fixtures.catalog, standards: standards)
        let evidence = Dictionary(plan.standards.compactMap(Fixtures.catalog.module).flatMap { module in
            module.requirements.map { (RequirementReference(module: module.identity.id, requirement: $0.id), 1) }
        }, uniquingKeysWith: +)
        let readiness = try await Fixtures.readiness(standards: standards, answers: answers, evidence: evidence)
        return try Estimator.estimate(readiness: readiness, scope: OrganisationScope(answers: answers), profile: try Fixtures.profile())
    }

    @Test func aFullyImplementedAssessmentHasNoGapClosingMonths() async throws {
        let estimate = try await fullyImplemented(["iso42001", "iso27001"])
        #expect(estimate.coverage.isComplete && estimate.effort.totalDays == 0)
        let phases = Dictionary(uniqueKeysWithValues: estimate.timeline.phases.map { ($0.id, $0) })
        #expect(phases["implementation"]?.months == 0 && phases["implementation"]?.assumption == "nothing left to close")
        #expect(phases["operation"]?.months == 0, "the answers show internal audit and management review done")
        #expect(phases["stage1-booking"]?.months ?? 0 > 0, "the booked Stage 1 is now the wait")
        #expect(estimate.timeline.months < 5, "\(estimate.timeline.months) months")
    }

    @Test func theBookingLeadTimeRunsAlongsideTheWork() async throws {
        let scratch = try await Fixtures.estimate(["iso42001"], starting: .scratch)
        let booking = try #require(scratch.timeline.phases.first { $0.id == "stage1-booking" })
        #expect(booking.months == 0 && booking.highMonths == 0, "months of work cover a 4 to 20 week lead time")
        #expect(booking.basis.status == .estimate && booking.basis.source.contains("S25"))
    }
}
