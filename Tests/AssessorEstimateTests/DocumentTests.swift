import AssessorEstimate
import Foundation
import Testing

/// The JSON documents read back into the same values, and a newer schema is refused.
@Suite struct DocumentTests {
    @Test func anEstimateDocumentRoundTrips() async throws {
        let estimate = try await Fixtures.estimate(["iso42001", "iso9001"], starting: .typical)
        let document = EstimateDocument(assessment: AssessmentSummary(file: "a.assessment", organisation: "A",
                                                                      standards: estimate.standards), content: estimate)
        let data = try JSONEncoder().encode(document)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1 && object["kind"] as? String == "estimate" && object["estimate"] != nil)
        let back = try JSONDecoder().decode(EstimateDocument.self, from: data)
        #expect(back.content.cost == estimate.cost && back.content.auditTime == estimate.auditTime)
        #expect(back.content.effort == estimate.effort && back.content.timeline == estimate.timeline)
        var newer = object
        newer["schemaVersion"] = 2
        let newerData = try JSONSerialization.data(withJSONObject: newer)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(EstimateDocument.self, from: newerData) }
    }

    @Test func theEstimateJSONCarriesTheAuditDayTable() async throws {
        let estimate = try await Fixtures.estimate(["iso42001", "iso27001"], starting: .typical)
        let data = try JSONEncoder().encode(EstimateDocument(
            assessment: AssessmentSummary(file: "a.assessment", organisation: "A", standards: estimate.standards), content: estimate))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let audit = try #require((root["estimate"] as? [String: Any])?["auditTime"] as? [String: Any])
        let table = try #require(audit["table"] as? [String: Any])
        let columns = try #require(table["columns"] as? [[String: Any]])
        #expect(columns.compactMap { $0["id"] as? String } == ["stage1", "stage2", "surveillance-1", "surveillance-2", "recertification"])
        let rows = try #require(table["rows"] as? [[String: Any]])
        #expect(rows.compactMap { $0["kind"] as? String }
            == ["separate", "separate", "integrated", "integrated", "total-separate", "total-integrated"])
        #expect(rows.allSatisfy { ($0["cells"] as? [Any])?.count == 5 && $0["label"] is String && $0["basis"] is [String: Any] })
        let reductions = try #require(table["reductions"] as? [[String: Any]])
        #expect(reductions.compactMap { $0["audit"] as? String } == ["initial", "surveillance-1", "surveillance-2", "recertification"])
        #expect(reductions.allSatisfy { ($0["basis"] as? [String: Any])?["source"] is String && $0["share"] is Double })
    }
}
