import AssessorEstimate
import Testing

/// IAF MD 11: an integrated audit of two or more standards may be up to 20 % shorter, never more,
/// and a single standard gets no reduction.
@Suite struct IntegratedAuditTests {
    static let three = [("iso9001", "ISO 9001"), ("iso27001", "ISO/IEC 27001"), ("iso42001", "ISO/IEC 42001")]

    @Test(arguments: IntegrationLevel.allCases)
    func aSingleStandardGetsNoReduction(level: IntegrationLevel) throws {
        let estimate = AuditTimeEstimate(standards: [("iso27001", "ISO/IEC 27001")],
                                         scope: OrganisationScope(employees: 80, integration: level),
                                         settings: try Fixtures.profile().auditTime)
        #expect(estimate.reduction == 0)
        #expect(estimate.cycle == estimate.separate && estimate.savedDays == 0)
    }

    @Test func theReductionFollowsTheIntegrationLevel() throws {
        let settings = try Fixtures.profile().auditTime
        let reductions = IntegrationLevel.allCases.map { level in
            AuditTimeEstimate(standards: Self.three, scope: OrganisationScope(employees: 100, integration: level), settings: settings)
        }
        #expect(reductions.map(\.reduction) == [0, 0.1, 0.2])
        #expect(reductions[0].cycle == reductions[0].separate)
        #expect(reductions[2].savedDays > reductions[1].savedDays && reductions[1].savedDays > 0)
    }

    @Test func noAuditIsEverCutByMoreThanTwentyPercent() throws {
        var settings = try Fixtures.profile().auditTime
        // A profile built in code can bypass the file checks: the cap still holds.
        settings.rules.integrationReduction.full.value = 0.35
        settings.rules.integrationCap.value = 0.5
        for people in [3, 9, 14, 20, 40, 60, 100, 150, 250, 400, 600, 1000, 3000, 10_000, 15_000] {
            for standards in [Array(Self.three.prefix(2)), Self.three, [Self.three[0], Self.three[2]]] {
                let estimate = AuditTimeEstimate(standards: standards, scope: OrganisationScope(employees: people, integration: .full),
                                                 settings: settings)
                #expect(estimate.reduction == 0.2, "capped at 20 % for \(people) people")
                for (separate, integrated) in zip(estimate.separate.audits, estimate.cycle.audits) {
                    #expect(integrated.days >= separate.days * 0.8 - 1e-9,
                            "\(separate.name), \(people) people: \(integrated.days) is more than 20 % below \(separate.days)")
                }
            }
        }
    }

    @Test func aProfileAskingForMoreThanTwentyPercentIsRefusedWithItsLine() throws {
        let url = try #require(CostProfileLoader.defaultProfileURL)
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "integration_cap: {value: 0.2,", with: "integration_cap: {value: 0.3,")
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("integration_cap:") }.map { $0 + 1 }
        let error = try #require(throws: CostProfileError.self) { try CostProfileLoader.parse(text, file: "quote.yaml") }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location.file == "quote.yaml" && diagnostic.location.line == line)
        #expect(diagnostic.message.contains("IAF MD 11 allows at most 20 %"))
    }
}
