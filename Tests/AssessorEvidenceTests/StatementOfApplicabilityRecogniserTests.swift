import AssessorCore
import AssessorEvidence
import AssessorTestSupport
import Foundation
import Testing

/// What a Statement of Applicability's rows suggest: an excluded control (applicable "No" with a
/// justification) is "not applicable" with that justification, not "not in place".
@Suite struct StatementOfApplicabilityRecogniserTests {
    private func suggestions(header: [String], rows: [[String]]) throws -> [String: AnswerSuggestion] {
        let folder = try TemporaryFolder()
        let file = try OfficeFixture.xlsx("table.xlsx", in: folder, sheet: "SoA",
                                          rows: [["ISO/IEC 27001:2022 controls"], header] + rows)
        let read = try EvidenceFixtures.reader(["iso27001"]).read(file, path: "table.xlsx")
        return Dictionary(uniqueKeysWithValues: read.suggestions.map { ($0.questionID, $0) })
    }

    @Test func anExcludedControlSuggestsNotApplicableWithItsJustification() throws {
        let found = try suggestions(header: ["Control", "Title", "Applicable", "Justification"], rows: [
            ["A.5.15", "Access control", "Yes", ""],
            ["A.7.4", "Physical security monitoring", "No", "No premises of our own"],
            ["A.8.13", "Information backup", "No", ""],
        ])
        let excluded = try #require(found["iso27001.A.7.4.q1"])
        #expect(excluded.value == .notApplicable)
        #expect(excluded.justification == "No premises of our own")
        #expect(excluded.source == "SoA!C4: No, not applicable (ISO/IEC 27001 A.7.4)")
        #expect(found["iso27001.A.5.15.q1"]?.value == .conformity(.fully))
        #expect(found["iso27001.A.8.13.q1"]?.value != .notApplicable, "an exclusion needs its justification")
    }

    @Test func aGapAssessmentsNoStaysNotInPlace() throws {
        let found = try suggestions(header: ["Control", "Status", "Comment"], rows: [
            ["A.7.4", "No", "Cameras not installed yet"],
        ])
        #expect(found["iso27001.A.7.4.q1"]?.value == .conformity(.notInPlace))
    }
}
