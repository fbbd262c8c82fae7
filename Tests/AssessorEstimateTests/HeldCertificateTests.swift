import AssessorCore
import AssessorEstimate
import Testing

/// A certificate already held costs its cycle audits only, and an integrated audit of a new standard
/// with it gets the IAF MD 11 reduction on the combined time, whatever else is in scope.
@Suite struct HeldCertificateTests {
    private func scope(integration: IntegrationLevel, next: CertificateStatus = .surveillance1) -> OrganisationScope {
        OrganisationScope(employees: 50, integration: integration, certifications: ["iso27001"],
                          certificateCycles: ["iso27001": next], aiRoles: ["producer"])
    }

    @Test func aHeldISO27001HasNoStagesAndACombinedSurveillance() throws {
        let estimate = try Fixtures.auditTime(["iso42001", "iso27001"], scope(integration: .full))
        let held = try #require(estimate.standards.first { $0.standard == "iso27001" })
        #expect(held.certificate == .surveillance1 && held.ownAudits == [.surveillance1, .surveillance2, .recertification, .surveillance1])
        let row = try #require(estimate.table.rows.first { $0.kind == .separate && $0.standard == "iso27001" })
        #expect(row.cells[0].days == 0, "no ISO/IEC 27001 Stage 1")
        #expect(row.cells[1].audit == .surveillance1 && row.cells[1].days == 3.5, "its surveillance, not a Stage 2")
        let initial = try #require(estimate.reductions.first { $0.audit == .initial })
        #expect(initial.standards == ["iso42001", "iso27001"], "the surveillance is combined with the new standard's initial audit")
        #expect(initial.separate == 10 + 3.5 && initial.integrated == 11)
        let new = try #require(estimate.standards.first { $0.standard == "iso42001" })
        #expect(estimate.cycle.stage1 < new.cycle.stage1 + 1e-9, "Stage 1 is the new standard's alone")
    }

    @Test func aHeldCertificateIsNotChargedANewCertificateFee() async throws {
        let sample = SampleAssessment(catalog: Fixtures.catalog, standards: ["iso42001", "iso27001"], employees: 50,
                                      starting: .iso27001Certified)
        let estimate = try Estimator.estimate(readiness: try await Fixtures.readiness(sample),
                                              scope: OrganisationScope(answers: sample.answers), profile: try Fixtures.profile())
        let fees = try #require(estimate.cost.lines.first { $0.id == "fees" })
        #expect(fees.assumption.hasPrefix("1 new certificate, 1 held"), "\(fees.assumption)")
        #expect(estimate.auditTime.standards.first { $0.standard == "iso27001" }?.cycle.stage1 == 0)
    }

    @Test func withOnlyISO42001InScopeTheIntegrationWithTheHeldCertificateCounts() throws {
        let integrated = try Fixtures.auditTime(["iso42001"], scope(integration: .full))
        let separate = try Fixtures.auditTime(["iso42001"], scope(integration: .none))
        #expect(separate.standards.count == 1 && separate.reductions.isEmpty)
        let outside = try #require(integrated.standards.first { $0.standard == "iso27001" })
        #expect(!outside.inAssessment && outside.title == "ISO/IEC 27001")
        #expect(!integrated.reductions.isEmpty && integrated.reduction == 0.2)
        #expect(integrated.cycle.total < separate.cycle.total, "ISO/IEC 42001's share of the combined audits is smaller")
        #expect(integrated.separate == separate.cycle, "the held certificate's own days are not charged to the assessment")
    }

    @Test(arguments: [CertificateStatus.surveillance2, .recertification])
    func theHeldCycleFollowsTheAuditDueNext(next: CertificateStatus) throws {
        let estimate = try Fixtures.auditTime(["iso27001"], scope(integration: .none, next: next))
        let held = try #require(estimate.standards.first)
        #expect(held.ownAudits?.first == next.nextAudit)
        #expect(held.cycle.stage2 == (next == .recertification ? 6.5 : 3.5), "ISMS 46-65: surveillance 3.5, recertification 6.5")
    }
}
