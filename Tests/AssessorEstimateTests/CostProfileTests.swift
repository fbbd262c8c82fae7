import AssessorEstimate
import Foundation
import Testing

/// The cost profile is read like a questionnaire module: every mistake with its line and column.
@Suite struct CostProfileTests {
    private func defaultText() throws -> String {
        try String(contentsOf: try #require(CostProfileLoader.defaultProfileURL), encoding: .utf8)
    }

    private func lineNumber(of text: String, containing fragment: String) -> Int? {
        text.components(separatedBy: "\n").firstIndex { $0.contains(fragment) }.map { $0 + 1 }
    }

    private func problems(_ text: String) throws -> [String] {
        let error = try #require(throws: CostProfileError.self) { try CostProfileLoader.parse(text, file: "quote.yaml") }
        return error.diagnostics.map(\.description)
    }

    @Test func theDefaultProfileLabelsEveryTableAndRate() throws {
        let profile = try CostProfileLoader.loadDefault()
        #expect(profile.schemaVersion == 1)
        #expect(profile.auditTime.tables["qms"]?.status == .published && profile.auditTime.tables["isms"]?.status == .published)
        #expect(profile.auditTime.standards["iso42001"]?.roleTable == "aims" && profile.auditTime.roleTables["aims"]?.status == .published)
        #expect(profile.auditTime.roleTables["aims"]?.beyondLastRow.status == .derived)
        #expect(profile.auditTime.rules.stage1Share.status == .cbPractice, "Stage 1's share is certification-body practice")
        #expect(profile.auditTime.standards["iso9001"]?.cycleBasis.status == .rule)
        #expect(profile.auditTime.standards["iso27001"]?.cycleBasis.status != .rule, "1/3 is a rule for QMS only")
        #expect(Set(profile.currencies.keys) == ["USD", "EUR", "GBP"])
        #expect(profile.currencies["USD"]?.auditorDayRate.likely == 1800)
        #expect(profile.auditTime.rules.integrationCap.value == 0.2)
    }

    @Test func aMisspeltKeyIsNamedWithItsLineAndASuggestion() throws {
        let text = try defaultText().replacingOccurrences(
            of: "internal_day_rate: {low: 350, likely: 500,", with: "internal_day_rate: {low: 350, likley: 500, likely: 500,")
        let found = try problems(text)
        let line = try #require(lineNumber(of: text, containing: "likley"))
        #expect(found.contains { $0.hasPrefix("quote.yaml:\(line):") && $0.contains("unknown key 'likley'")
            && $0.contains("did you mean 'likely'?") }, "\(found)")
    }

    @Test func aMissingKeyAndAWrongTypeAreLocated() throws {
        let missing = try defaultText().replacingOccurrences(of: "high: 2500, source: \"public price pages", with: "source: \"public price pages")
        #expect(try problems(missing).first?.contains("missing required key 'high' in currencies.USD.auditor_day_rate") == true)
        let wrongType = try defaultText().replacingOccurrences(of: "{up_to: 45, days: 4}", with: "{up_to: 45, days: four}")
        let found = try problems(wrongType)
        let line = try #require(lineNumber(of: wrongType, containing: "days: four"))
        #expect(found.first?.hasPrefix("quote.yaml:\(line):") == true, "\(found)")
        #expect(found.first?.contains("'days' in audit_time.tables.qms.bands[4] must be a number") == true, "\(found)")
    }

    @Test func valuesOutOfOrderAndUnknownStatusesAreRefused() throws {
        let text = try defaultText()
            .replacingOccurrences(of: "{up_to: 15, days: 2.5}", with: "{up_to: 9, days: 2.5}")
            .replacingOccurrences(of: "status: cb-practice}\n    surveillance_share", with: "status: guess}\n    surveillance_share")
        let found = try problems(text)
        #expect(found.count == 1 && found[0].contains("'status' in audit_time.rules.stage1_share must be one of published"), "\(found)")
        let unordered = try defaultText().replacingOccurrences(of: "{up_to: 15, days: 2.5}", with: "{up_to: 9, days: 2.5}")
        #expect(try problems(unordered).first?.contains("'up_to' must grow from band to band (9 follows 10)") == true)
    }

    @Test func syntaxAndSchemaVersionComeFirst() throws {
        #expect(try problems("schema_version: 1\nprofile: [unclosed\n").first?.hasPrefix("quote.yaml:3:") == true)
        #expect(try problems(try defaultText().replacingOccurrences(of: "schema_version: 1", with: "schema_version: 2"))
            .first?.contains("schema_version 2 is not one this host reads (1)") == true)
    }
}
