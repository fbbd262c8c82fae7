import AssessorActions
import AssessorCore
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

struct EvidenceActionTests {
    private func assessment(in folder: TemporaryFolder) throws -> Assessment {
        try CreateAssessmentAction(catalog: ActionFixtures.catalog, person: "ana")
            .run(NewAssessment(organisation: "Acme", standards: ["iso27001"]), at: folder.path("acme.assessment"), exclusive: true)
    }

    @Test func importsReportsEachFileAndIsSafeToRepeat() throws {
        let folder = try TemporaryFolder()
        let assessment = try assessment(in: folder)
        let policy = try ActionFixtures.policyExport(in: folder)
        let missing = folder.path("missing.docx").path
        var events: [ImportEvent] = []
        let first = ImportEvidenceAction(assessment: assessment).run([policy.path, missing]) { events.append($0) }
        #expect(first.imported == 1 && first.failed == 1 && first.total == 2)
        #expect(events.contains { if case .imported(let path, 1, _, _) = $0 { path == policy.path } else { false } })
        #expect(events.contains { if case .failed(let message) = $0 { message.contains(missing) } else { false } })
        let again = ImportEvidenceAction(assessment: assessment).run([policy.path]) { _ in }
        #expect(again.unchanged == 1 && again.imported == 0)

        try ActionFixtures.policyExport(in: folder, revision: 2)
        let revised = ImportEvidenceAction(assessment: assessment).run([policy.path]) { _ in }
        #expect(revised.revised == 1)
        let evidence = try assessment.snapshot().evidence
        #expect(evidence.items.count == 2 && evidence.current.map(\.revision) == [2])
    }

    @Test func aDecisionIsCheckedBeforeAnythingIsWritten() throws {
        let folder = try TemporaryFolder()
        let assessment = try assessment(in: folder)
        _ = ImportEvidenceAction(assessment: assessment).run([try ActionFixtures.policyExport(in: folder).path]) { _ in }
        let control = RequirementReference("iso27001:A.5.1")!
        let line = try EvidenceDecisionAction(status: .accepted, item: "policy.xml", requirement: control)
            .run(on: assessment, by: "ana")
        #expect(line == "accepted #1 policy.xml for iso27001:A.5.1")
        #expect(try assessment.snapshot().evidence.accepted[control]?.map(\.fileName) == ["policy.xml"])

        let before = try assessment.store.evidenceMatches()
        for (item, requirement) in [("policy.xml", "iso27001:A.5.91"), ("policy.xml", "iso42001:5.2"), ("#9", "iso27001:A.5.1")] {
            #expect(throws: ActionFailure.self) {
                try EvidenceDecisionAction(status: .rejected, item: item, requirement: RequirementReference(requirement)!)
                    .run(on: assessment, by: "ana")
            }
        }
        #expect(try assessment.store.evidenceMatches() == before)
    }
}
