import AssessorReports
import Foundation
import Testing

/// The model's JSON form: versioned, `schemaVersion` first, sections left out when not wanted.
@Suite struct ReportModelTests {
    @Test func jsonRoundTripsWithTheVersionFirst() async throws {
        let model = try await Fixtures.rich
        let text = try Fixtures.text(.json, model)
        #expect(text.drop { $0 != "\"" }.hasPrefix("\"schemaVersion\" : 2"), "schemaVersion is the first key")
        let decoded = try JSONDecoder().decode(ReportModel.self, from: Data(text.utf8))
        #expect(decoded == model)
    }

    @Test func leftOutSectionsAreAbsentFromJSON() async throws {
        let model = try await Fixtures.rich.restricted(to: [.soa, .evidence])
        let object = try #require(try JSONSerialization.jsonObject(with: Fixtures.file(.json, model)) as? [String: Any])
        #expect(object["sections"] as? [String] == ["soa", "evidence"])
        #expect(object["statementOfApplicability"] != nil && object["evidenceRegister"] != nil)
        for absent in ["summary", "gapAnalysis", "actionPlan", "costEstimate"] { #expect(object[absent] == nil, "\(absent)") }
        let decoded = try JSONDecoder().decode(ReportModel.self, from: Fixtures.file(.json, model))
        #expect(decoded == model)
    }

    @Test func aNewerSchemaIsRefusedWithAClearMessage() throws {
        let json = #"{"schemaVersion": 99, "organisation": "x", "reportDate": "2025-01-01", "generatedBy": "x", "standards": [], "sections": []}"#
        #expect {
            try JSONDecoder().decode(ReportModel.self, from: Data(json.utf8))
        } throws: { error in
            "\(error)".contains("report schema 99 is newer than 2; update assessor")
        }
    }

    @Test func sectionsParseFromIdsAndPacks() throws {
        #expect(try ReportSection.parse("soa, evidence").get() == [.soa, .evidence])
        #expect(try ReportSection.parse("management").get() == [.summary, .actions, .cost])
        #expect(try ReportSection.parse("certification-body").get() == [.summary, .soa, .evidence, .gaps])
        #expect(try ReportSection.parse("all").get() == Set(ReportSection.allCases))
        guard case .failure(let error) = ReportSection.parse("soa,budget") else {
            Issue.record("an unknown section was accepted")
            return
        }
        #expect(error.description.hasPrefix("'budget' is not a report section; use summary, gaps, soa, evidence, actions, cost"))
    }

    @Test func calendarDatesReadAndWriteAsISO() throws {
        let date = try #require(CalendarDate("2024-02-29"))
        #expect(date.description == "2024-02-29")
        #expect(date.adding(months: 12).description == "2025-02-28")
        #expect(date.spreadsheetSerial == 45_351)
        #expect(CalendarDate("2024-13-01") == nil && CalendarDate("20240101") == nil)
    }
}
