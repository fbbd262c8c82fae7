import AssessorEstimate
import Testing

/// The commonly quoted figures, checked through the real model on sample organisations: the
/// figures come from the answers, the questionnaires and the default cost profile, never from the claims.
@Suite struct ClaimTests {
    @Test(arguments: [60, 100, 200])
    func theFirstYearOfISO42001FromScratchIsComparedWithAFirstYearRange(employees: Int) async throws {
        let estimate = try await Fixtures.estimate(["iso42001"], employees: employees, starting: .scratch)
        let check = try #require(estimate.checks.first { $0.id == "aims-from-scratch-cost" })
        let claim = try Fixtures.profile().claims.aimsFirstYearUSD
        let firstYear = estimate.cost.firstYear.likely
        #expect(firstYear <= estimate.cost.toCertificate.likely && firstYear > 0)
        #expect(check.computed == "USD \(NumberText.grouped(firstYear)) in the first 12 months")
        #expect(check.holds == claim.contains(firstYear))
        #expect(check.claim.contains("80,000-200,000 in the first year") && check.basis.source == claim.source)
        #expect(claim.source.contains("$80k–200k first year incl. internal staff time"), "quoted as the reference gives it")
    }

    @Test func anISO27001CertifiedOrganisationComesOutMarkedlyCheaper() async throws {
        let scratch = try await Fixtures.estimate(["iso42001"], starting: .scratch)
        let certified = try await Fixtures.estimate(["iso42001"], starting: .iso27001Certified)
        let saving = 1 - certified.cost.toCertificate.likely / scratch.cost.toCertificate.likely
        #expect(saving >= 0.25, "only \(Int(saving * 100)) % cheaper")
        #expect(certified.effort.savedDays > 0, "the certified system's clause work is reused")
        let check = try #require(certified.checks.first { $0.id == "certified-saving" })
        #expect(check.computed.hasPrefix("\(NumberText.percent(saving)) cheaper"))
        #expect(scratch.checks.first { $0.id == "certified-saving" } == nil, "only shown for a certified organisation")
    }

    @Test(arguments: ["iso42001", "iso27001", "iso9001"])
    func aTypicalOrganisationIsCertifiedWithin6To18Months(standard: String) async throws {
        let estimate = try await Fixtures.estimate([standard], starting: .typical)
        #expect(estimate.timeline.months >= 6 && estimate.timeline.months <= 18, "\(estimate.timeline.months) months")
        #expect(estimate.checks.first { $0.id == "duration" }?.holds == true)
    }

    @Test func aCheckThatFailsSaysWhy() async throws {
        let estimate = try await Fixtures.estimate(["iso42001", "iso27001", "iso9001"], employees: 3_000, starting: .scratch,
                                                   options: EstimateOptions(fte: 0.5))
        let duration = try #require(estimate.checks.first { $0.id == "duration" })
        #expect(!duration.holds && duration.explanation.contains("Longer than quoted"))
        let cost = try #require(estimate.checks.first { $0.id == "aims-from-scratch-cost" })
        #expect(!cost.holds && cost.explanation.contains("after the first 12 months"), "\(cost.explanation)")
    }
}
