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

    @Test func theAIMSProxySaysWhatItLeavesOut() async throws {
        let estimate = try await Fixtures.estimate(["iso42001"], starting: .typical)
        #expect(estimate.assumptions.contains { $0.text.contains("not adjusted for 4 AI systems") && $0.basis.status == .estimate })
    }
}
