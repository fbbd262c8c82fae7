import AssessorEstimate
import Testing

/// The commonly quoted figures, checked through the real model on sample organisations: the
/// figures come from the answers, the questionnaires and the default cost profile, never from the claims.
@Suite struct ClaimTests {
    @Test(arguments: [60, 100, 200])
    func aMidSizeOrganisationImplementingISO42001FromScratch(employees: Int) async throws {
        let estimate = try await Fixtures.estimate(["iso42001"], employees: employees, starting: .scratch)
        let total = estimate.cost.toCertificate.likely
        #expect(total >= 30_000 && total <= 200_000, "USD \(total) for \(employees) people")
        let check = try #require(estimate.checks.first { $0.id == "aims-from-scratch-cost" })
        #expect(check.holds && check.computed.contains(NumberText.grouped(total)))
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
        #expect(!cost.holds && cost.explanation.contains("mid-size"))
    }
}
