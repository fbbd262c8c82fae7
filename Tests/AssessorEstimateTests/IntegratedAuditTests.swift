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

    @Test func noVisitIsEverCutByMoreThanTwentyPercent() throws {
        var settings = try Fixtures.profile().auditTime
        // A profile built in code can bypass the file checks: the cap still holds.
        settings.rules.integrationReduction.full.value = 0.35
        settings.rules.integrationCap.value = 0.5
        for people in [3, 9, 10, 14, 20, 40, 60, 100, 150, 250, 400, 600, 1000, 3000, 10_000, 15_000] {
            for standards in [Array(Self.three.prefix(2)), Self.three, [Self.three[0], Self.three[2]]] {
                let estimate = AuditTimeEstimate(standards: standards, scope: OrganisationScope(employees: people, integration: .full),
                                                 settings: settings)
                #expect(estimate.reduction == 0.2, "capped at 20 % for \(people) people")
                #expect(estimate.reductions.count == CycleAudit.allCases.count)
                for audit in CycleAudit.allCases {
                    let separate = estimate.separate.days(audit), integrated = estimate.cycle.days(audit)
                    #expect(integrated >= separate * 0.8 - 1e-9 && integrated <= separate,
                            "\(audit.title), \(people) people: \(integrated) against \(separate) separately")
                }
            }
        }
    }

    @Test func theReductionIsTakenOnTheCombinedTimeOfEachAuditNotStageByStage() throws {
        // ISO/IEC 42001 (an AI producer: 5 days) + ISO/IEC 27001 (5 days), 10 people, fully integrated.
        let scope = OrganisationScope(employees: 10, integration: .full, aiRoles: ["producer"])
        let estimate = try Fixtures.auditTime(["iso42001", "iso27001"], scope)
        #expect(estimate.separate.initial == 10)
        #expect(estimate.cycle.initial == 8, "10 days less 20 %, not 8.5 from rounding each stage up")
        #expect(estimate.cycle.stage1 + estimate.cycle.stage2 == 8 && estimate.cycle.stage1 == 2.5)
        let initial = try #require(estimate.reductions.first { $0.audit == .initial })
        #expect(initial.separate == 10 && initial.integrated == 8 && abs(initial.share - 0.2) < 1e-9)
        #expect(initial.basis.source.contains("IAF MD 11"))
        let rows = estimate.table.rows.filter { $0.kind == .integrated }
        #expect(rows.map(\.standard) == ["iso42001", "iso27001"])
        #expect(abs(rows.map { $0.cells[0].days + $0.cells[1].days }.reduce(0, +) - 8) < 1e-9, "split back to the standards")
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
