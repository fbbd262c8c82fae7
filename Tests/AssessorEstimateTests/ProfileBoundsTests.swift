import AssessorEstimate
import Testing

/// Every number entering the estimator is bounded: a profile value out of its range is refused when the
/// profile is loaded, with its line, column and the range allowed; options out of range are refused too.
@Suite struct ProfileBoundsTests {
    /// The one problem found with `old` replaced by `new`, its line, and the line holding `marker` (default: `new`).
    private func refusal(_ old: String, _ new: String, marker: String? = nil) throws -> (message: String, line: Int, expectedLine: Int?) {
        let text = try Fixtures.profileText(replacing: old, with: new)
        let error = try #require(throws: CostProfileError.self) { try CostProfileLoader.parse(text, file: "quote.yaml") }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1, "\(error)")
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains(marker ?? new) }.map { $0 + 1 }
        return (diagnostic.message, diagnostic.location.line, line)
    }

    @Test func anAdjustmentBeyondIAFMD5sThirtyPercentIsRefused() throws {
        let found = try refusal("      table: isms\n      adjustment: 1\n", "      table: isms\n      adjustment: 0.4\n",
                                marker: "adjustment: 0.4")
        #expect(found.message.contains("IAF MD 5 allows audit time at most 30 % below the table"), "\(found.message)")
        #expect(found.message.contains("from 0.7 to 3") && found.message.contains("it is 0.4"))
        #expect(found.line == found.expectedLine)
    }

    @Test func complexityFactorsThatTogetherCutMoreThanThirtyPercentAreRefused() throws {
        let found = try refusal("business: {low: -0.1,", "business: {low: -0.25,")
        #expect(found.message.contains("cuts the table time by 35%") && found.message.contains("IAF MD 5 allows at most 30 %"),
                "\(found.message)")
    }

    @Test(arguments: [
        ("auditor_day_rate: {low: 1200, likely: 1800, high: 2500", "auditor_day_rate: {low: 1200, likely: 1800, high: 1e300",
         "'high' in currencies.USD.auditor_day_rate must be a number from 0 to 10,000,000; it is 1e+300"),
        ("beyond_last_band: {growth: 1.26, days_per_band: 1, source: \"IAF MD 5", "beyond_last_band: {growth: 1e10, days_per_band: 1, source: \"IAF MD 5",
         "'growth' in audit_time.tables.qms.beyond_last_band must be a number from 1.01 to 10"),
        ("travel_share: {value: 0.1,", "travel_share: {value: -0.1,", "'travel_share' in costs must be a number from 0 to 1"),
        ("productive_days_per_fte_month: {value: 18,", "productive_days_per_fte_month: {value: .nan,",
         "'productive_days_per_fte_month' in timeline must be a number from 1 to 31; it is nan"),
        ("- {up_to: 10, days: 5}", "- {up_to: 10, days: .inf}", "'days' in audit_time.tables.isms.bands[0] must be a number from 0 to 1,000"),
    ])
    func aNumberOutOfItsRangeIsRefusedWithItsLineAndTheRange(old: String, new: String, message: String) throws {
        let found = try refusal(old, new)
        #expect(found.message.hasPrefix(message), "\(found.message)")
        #expect(found.line == found.expectedLine)
    }

    @Test(arguments: [1e20, 1e-300, 0, -1, Double.nan, Double.infinity])
    func aTeamCapacityOutOfRangeIsRefused(fte: Double) async throws {
        let options = EstimateOptions(fte: fte)
        #expect(options.problems == [.fte(fte)] || fte.isNaN)
        let sample = SampleAssessment(catalog: Fixtures.catalog, standards: ["iso9001"], employees: 20, starting: .typical)
        let readiness = try await Fixtures.readiness(sample)
        let error = try #require(throws: EstimateError.self) {
            try Estimator.estimate(readiness: readiness, scope: OrganisationScope(answers: sample.answers),
                                   profile: try Fixtures.profile(), options: options)
        }
        #expect(error.message.hasPrefix("the team capacity must be from 0.05 to 1,000 full-time people"), "\(error.message)")
        #expect(EstimateOptions(fte: 1.5).problems.isEmpty && EstimateOptions(consultancyShare: 2).problems == [.consultancyShare(2)])
    }
}
