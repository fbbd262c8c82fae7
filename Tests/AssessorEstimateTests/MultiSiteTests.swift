import AssessorEstimate
import Testing

/// IAF MD 1 sampling: √n sites at the initial audit and at recertification, 0.6·√n at each surveillance,
/// rounded up; the sites come from the answer only, never from the head count.
@Suite struct MultiSiteTests {
    @Test(arguments: [(1, 1, 1, 1), (2, 2, 1, 2), (9, 3, 2, 3), (16, 4, 3, 4), (17, 5, 3, 5), (100, 10, 6, 10), (10_000, 100, 60, 100)])
    func sampledSites(sites: Int, initial: Int, surveillance: Int, recertification: Int) throws {
        let estimate = try Fixtures.auditTime(["iso9001"], OrganisationScope(employees: 100, sites: sites))
        let time = try #require(estimate.standards.first)
        #expect(time.sampledSites.map(\.sites) == [initial, surveillance, recertification], "\(sites) sites")
        #expect(time.sampledSites.map(\.audits) == [[.initial], [.surveillance1, .surveillance2], [.recertification]])
        #expect(time.extraSiteDays == Double(initial - 1), "one planning day per sampled site beyond the first")
    }

    @Test func sampledSitesAddToEachAuditByItsShare() throws {
        let one = try Fixtures.auditTime(["iso27001"], OrganisationScope(employees: 50))
        let sixteen = try Fixtures.auditTime(["iso27001"], OrganisationScope(employees: 50, sites: 16))
        #expect(sixteen.cycle.initial == one.cycle.initial + 3, "4 sampled: three beyond the first")
        #expect(sixteen.cycle.surveillance1 == 4, "(10 + 2 sites) / 3 = 4")
        #expect(sixteen.cycle.recertification == 8.5, "(10 + 3) × 2/3 = 8.67, nearest half day")
    }

    @Test func theSampleOrganisationHasTheSitesItIsGiven() {
        let large = SampleAssessment(catalog: Fixtures.catalog, standards: ["iso9001"], employees: 5_000, starting: .typical)
        #expect(OrganisationScope(answers: large.answers).sites == 1, "no sites derived from the head count")
        let spread = SampleAssessment(catalog: Fixtures.catalog, standards: ["iso9001"], employees: 50, sites: 7, starting: .typical)
        #expect(OrganisationScope(answers: spread.answers).sites == 7)
    }
}
