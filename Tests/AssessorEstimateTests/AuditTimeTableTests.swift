import AssessorEstimate
import Testing

/// Every band of IAF MD 5 Table QMS 1 and of the ISO/IEC 27006 chart: a head count at the bottom,
/// middle and top of the band gives the published initial audit time, and Stage 1, surveillance
/// and recertification follow the rules (1/3, 1/3, 2/3, nearest half day, at least one day).
@Suite struct AuditTimeTableTests {
    /// Lowest and highest head count, initial days [PUBLISHED], then Stage 1, surveillance and
    /// recertification as the reference notes derive them.
    typealias Row = (low: Int, high: Int, initial: Double, stage1: Double, surveillance: Double, recertification: Double)

    static let qms: [Row] = [
        (1, 5, 1.5, 0.5, 1, 1), (6, 10, 2, 0.5, 1, 1.5), (11, 15, 2.5, 1, 1, 1.5), (16, 25, 3, 1, 1, 2),
        (26, 45, 4, 1.5, 1.5, 2.5), (46, 65, 5, 1.5, 1.5, 3.5), (66, 85, 6, 2, 2, 4), (86, 125, 7, 2.5, 2.5, 4.5),
        (126, 175, 8, 2.5, 2.5, 5.5), (176, 275, 9, 3, 3, 6), (276, 425, 10, 3.5, 3.5, 6.5), (426, 625, 11, 3.5, 3.5, 7.5),
        (626, 875, 12, 4, 4, 8), (876, 1175, 13, 4.5, 4.5, 8.5), (1176, 1550, 14, 4.5, 4.5, 9.5),
        (1551, 2025, 15, 5, 5, 10), (2026, 2675, 16, 5.5, 5.5, 10.5), (2676, 3450, 17, 5.5, 5.5, 11.5),
        (3451, 4350, 18, 6, 6, 12), (4351, 5450, 19, 6.5, 6.5, 12.5), (5451, 6800, 20, 6.5, 6.5, 13.5),
        (6801, 8500, 21, 7, 7, 14), (8501, 10700, 22, 7.5, 7.5, 14.5),
    ]

    static let isms: [Row] = [
        (1, 10, 5, 1.5, 1.5, 3.5), (11, 15, 6, 2, 2, 4), (16, 25, 7, 2.5, 2.5, 4.5), (26, 45, 8.5, 3, 3, 5.5),
        (46, 65, 10, 3.5, 3.5, 6.5), (66, 85, 11, 3.5, 3.5, 7.5), (86, 125, 12, 4, 4, 8), (126, 175, 13, 4.5, 4.5, 8.5),
        (176, 275, 14, 4.5, 4.5, 9.5), (276, 425, 15, 5, 5, 10), (426, 625, 16.5, 5.5, 5.5, 11), (626, 875, 17.5, 6, 6, 11.5),
        (876, 1175, 18.5, 6, 6, 12.5), (1176, 1550, 19.5, 6.5, 6.5, 13), (1551, 2025, 21, 7, 7, 14),
        (2026, 2675, 22, 7.5, 7.5, 14.5), (2676, 3450, 23, 7.5, 7.5, 15.5), (3451, 4350, 24, 8, 8, 16),
        (4351, 5450, 25, 8.5, 8.5, 16.5), (5451, 6800, 26, 8.5, 8.5, 17.5), (6801, 8500, 27, 9, 9, 18),
        (8501, 10700, 28, 9.5, 9.5, 18.5),
    ]

    private func time(_ standard: String, people: Int) throws -> StandardAuditTime {
        let estimate = AuditTimeEstimate(standards: [(standard, standard)], scope: OrganisationScope(employees: people),
                                         settings: try Fixtures.profile().auditTime)
        return try #require(estimate.standards.first)
    }

    private func check(_ rows: [Row], standard: String) throws {
        for row in rows {
            for people in [row.low, (row.low + row.high) / 2, row.high] {
                let time = try time(standard, people: people)
                let context = Comment(rawValue: "\(standard), \(people) people")
                #expect(time.tableDays == row.initial, context)
                #expect(time.cycle.initial == row.initial, context)
                #expect(time.cycle.stage1 == row.stage1 && time.cycle.stage2 == row.initial - row.stage1, context)
                #expect(time.cycle.surveillance1 == row.surveillance && time.cycle.surveillance2 == row.surveillance, context)
                #expect(time.cycle.recertification == row.recertification, context)
            }
        }
    }

    @Test func everyBandOfTableQMS1() throws {
        try check(Self.qms, standard: "iso9001")
        #expect(try time("iso9001", people: 120).basis.status == .published)
    }

    @Test func everyBandOfTheISMSChart() throws {
        try check(Self.isms, standard: "iso27001")
    }

    @Test func beyondTheLastBandTheProgressionContinues() throws {
        let qms = try time("iso9001", people: 12_000), isms = try time("iso27001", people: 12_000)
        #expect(qms.tableDays == 23 && isms.tableDays == 29)
        #expect(qms.basis.status == .derived)
        #expect(try time("iso9001", people: 20_000).tableDays == 25)
    }

    @Test func theTablesReadEffectivePersonnelNotHeads() throws {
        // 40 heads, many part-time: 20 full-time equivalents fall in the 16-25 band.
        let time = try #require(try Fixtures.auditTime(["iso27001"], OrganisationScope(employees: 40, effectivePersonnel: 20)).standards.first)
        #expect(time.headCount == 20 && time.headCountBasis == "effective personnel" && time.tableDays == 7)
    }
}
