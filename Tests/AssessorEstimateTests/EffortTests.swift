import AssessorCore
import AssessorEstimate
import Testing

@Suite struct EffortTests {
    @Test func aSecondStandardOnTheHarmonizedStructureCostsLess() async throws {
        let together = try await Fixtures.estimate(["iso42001", "iso27001"], starting: .scratch)
        let alone42001 = try await Fixtures.estimate(["iso42001"], starting: .scratch)
        let alone27001 = try await Fixtures.estimate(["iso27001"], starting: .scratch)
        #expect(alone42001.effort.savedDays == 0, "one standard from scratch shares nothing")
        let separate = alone42001.effort.totalDays + alone27001.effort.totalDays
        #expect(together.effort.totalDays < separate)
        #expect(abs(together.effort.totalDays + together.effort.savedDays - separate) < 0.5,
                "the saving shown is the difference to implementing each on its own")
        let second = try #require(together.effort.byStandard.first { $0.id == "iso27001" })
        #expect(second.savedDays > 0 && second.days < alone27001.effort.totalDays)
        let clause9 = try #require(together.effort.byClause.first { $0.id == "9" })
        #expect(clause9.byStandard["iso27001"]! < clause9.byStandard["iso42001"]!, "the shared clause is built once")
        let annex = try #require(together.effort.byClause.last)
        #expect(annex.id == "A" && annex.savedDays == 0, "controls are not shared")
    }

    @Test func effortGrowsWithTheGapAndTheHeadCount() async throws {
        let scratch = try await Fixtures.estimate(["iso9001"], employees: 100, starting: .scratch)
        let typical = try await Fixtures.estimate(["iso9001"], employees: 100, starting: .typical)
        let large = try await Fixtures.estimate(["iso9001"], employees: 2_000, starting: .scratch)
        #expect(typical.effort.totalDays < scratch.effort.totalDays)
        #expect(large.effort.totalDays > scratch.effort.totalDays && large.effort.sizeFactor > scratch.effort.sizeFactor)
        #expect(scratch.effort.items.allSatisfy { $0.gap == .large })
        let document = try #require(scratch.effort.items.first { $0.work == .document })
        #expect(document.days == 2, "a large document gap at size factor 1: the profile's 2 person-days")
    }

    @Test func theTimelineIncludesTheFixedStepsBeforeTheCertificate() async throws {
        let estimate = try await Fixtures.estimate(["iso9001"], starting: .typical, options: EstimateOptions(fte: 2))
        let ids = estimate.timeline.phases.map(\.id)
        #expect(ids == ["implementation", "operation", "stage1-booking", "stage1-to-stage2", "decision"])
        let gap = estimate.timeline.phases[3]
        #expect(abs(gap.lowMonths - 4 / (52.0 / 12)) < 0.06 && abs(gap.highMonths - 8 / (52.0 / 12)) < 0.06, "4 to 8 weeks")
        #expect(estimate.timeline.phases[1].months >= 3, "an internal audit and a management review before Stage 2")
        let slower = try await Fixtures.estimate(["iso9001"], starting: .typical, options: EstimateOptions(fte: 0.5))
        #expect(slower.timeline.months > estimate.timeline.months)
    }

    @Test func everyCostLineStatesItsAssumption() async throws {
        let estimate = try await Fixtures.estimate(["iso42001", "iso9001"], starting: .typical,
                                                   options: EstimateOptions(currency: "eur", consultancyShare: 0.3))
        #expect(estimate.cost.currency == "EUR")
        #expect(estimate.cost.lines.allSatisfy { !$0.assumption.isEmpty && !$0.basis.source.isEmpty })
        #expect(estimate.cost.lines.first { $0.id == "consultancy" }!.toCertificate.likely > 0)
        #expect(estimate.cost.toCertificate.low < estimate.cost.toCertificate.likely)
        #expect(estimate.cost.toCertificate.likely < estimate.cost.toCertificate.high)
        #expect(estimate.cost.cycle.likely > estimate.cost.toCertificate.likely)
        #expect(estimate.assumptions.contains { $0.basis.status == .published || $0.basis.status == .rule })
    }

    @Test func aCurrencyTheProfileLacksIsRefused() async throws {
        let sample = SampleAssessment(catalog: Fixtures.catalog, standards: ["iso9001"], employees: 20, starting: .typical)
        let readiness = try await Fixtures.readiness(sample)
        let error = try #require(throws: EstimateError.self) {
            try Estimator.estimate(readiness: readiness, scope: OrganisationScope(answers: sample.answers),
                                   profile: try Fixtures.profile(), options: EstimateOptions(currency: "JPY"))
        }
        #expect(error.message == "the cost profile has no rates for 'JPY'; use one of EUR, GBP, USD or add it to the profile")
    }
}
