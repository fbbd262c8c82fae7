import AssessorEstimate
import Testing

/// ISO/IEC 42001 audit time by ISO/IEC 42006: the AI-related head count and the AI role, the published
/// 1-10 row as is, the derived rule beyond it labelled as derived, and the ISMS proxy kept as an option.
@Suite struct AIMSAuditTimeTests {
    static let publishedRow: [(role: String, days: Double)] = [
        ("producer", 5), ("developer", 3.5), ("provider", 3.5), ("user", 3.5),
    ]

    private func time(people: Int, roles: [String], aiHeadcount: Int? = nil) throws -> StandardAuditTime {
        let scope = OrganisationScope(employees: people, aiRoles: roles, aiHeadcount: aiHeadcount)
        return try #require(try Fixtures.auditTime(["iso42001"], scope).standards.first)
    }

    @Test func eachRoleAtOneToTenAIRelatedPeopleIsThePublishedRow() throws {
        for people in 1...10 {
            for (role, days) in Self.publishedRow {
                let time = try time(people: people, roles: [role])
                #expect(time.tableDays == days && time.cycle.initial == days, "\(role), \(people) people")
                #expect(time.role?.rawValue == role && time.tableBasis.status == .published)
            }
            let several = try time(people: people, roles: ["developer", "user"])
            #expect(several.role == .several && several.tableDays == 6.5, "several roles, \(people) people")
        }
    }

    @Test func theRoleChangesTheDaysAtEverySize() throws {
        for people in [1, 10, 11, 15, 16, 25, 26, 45, 65, 85, 125, 175, 275, 425, 625, 875, 1175, 1550, 2025, 2675, 3450, 4350,
                       5450, 6800, 8500, 10700, 12_000, 50_000] {
            let producer = try time(people: people, roles: ["producer"]).tableDays
            let user = try time(people: people, roles: ["user"]).tableDays
            let several = try time(people: people, roles: ["producer", "developer"]).tableDays
            #expect(user < producer && producer < several, "\(people) people: \(user), \(producer), \(several)")
        }
    }

    @Test func beyondTheRowTheDerivedRuleIsLabelledWithItsRule() throws {
        let time = try time(people: 120, roles: ["developer"])
        #expect(time.tableDays == 8.5, "ISMS chart 12 days at 86-125 × 0.7 = 8.4, nearest half day")
        #expect(time.tableBasis.status == .derived && time.basis.status == .derived)
        #expect(time.tableBasis.source.contains("× 0.7") && time.tableBasis.source.contains("derived rule"))
    }

    @Test func theAIRelatedHeadCountDefaultsToAllStaffWithANote() throws {
        #expect(try time(people: 200, roles: ["user"], aiHeadcount: 8).tableDays == 3.5, "8 AI-related people of 200")
        #expect(try time(people: 200, roles: ["user"]).headCount == 200)
        let scope = OrganisationScope(answers: [:])
        #expect(scope.defaulted.contains("scope.ai_headcount") && scope.aiHeadcount == scope.effectivePersonnel)
    }

    @Test func theISMSProxyRemainsAProfileOption() throws {
        let text = try Fixtures.profileText(replacing: "      role_table: aims\n", with: "      table: isms\n      proxy: The ISMS chart as a proxy.\n")
        let profile = try CostProfileLoader.parse(text, file: "proxy.yaml")
        let estimate = try Fixtures.auditTime(["iso42001"], OrganisationScope(employees: 120, aiRoles: ["user"]),
                                              settings: profile.auditTime)
        let time = try #require(estimate.standards.first)
        #expect(time.tableDays == 12 && time.proxy != nil && time.role == nil && time.headCountBasis == "effective personnel")
    }
}
