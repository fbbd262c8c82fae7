import AssessorCore
import AssessorEvidence
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// `assessor import` and `assessor evidence` through the built binary.
@Suite struct EvidenceCommandTests {
    @Test func importReimportRevisionAndTheRegister() throws {
        let folder = try TemporaryFolder()
        let assessment = try EvidenceFixtures.assessment(in: folder, standards: ["iso27001"])
        let documents = try TemporaryFolder()
        let policy = try OfficeFixture.docx("nested/policy.docx", in: documents, body: OfficeFixture.paragraph(
            "Information security policy approved by top management, reviewed yearly. See ISO/IEC 27001 clause 5.2."),
            title: "Information Security Policy", modified: "2020-01-01T00:00:00Z")
        try OfficeFixture.xlsx("soa.xlsx", in: documents, sheet: "SoA", rows: [
            ["ISO/IEC 27001:2022 Statement of Applicability"], ["Control", "Title", "Applicable", "Justification"],
            ["A.5.15", "Access control", "Yes", ""], ["A.7.4", "Physical security monitoring", "No", "No premises of our own"],
        ])
        try documents.write("ignored.txt", "not evidence")

        let first = try CommandRun.assessor(["import", assessment.path, documents.url.path])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("2 files: 2 imported, 0 unchanged, 0 new revisions, 0 failed; 2 matched to requirements, 2 suggested answers"),
                "\(first.output)")
        let again = try CommandRun.assessor(["import", assessment.path, documents.url.path])
        #expect(again.output.contains("2 files: 0 imported, 2 unchanged"), "\(again.output)")

        try OfficeFixture.docx("nested/policy.docx", in: documents, body: OfficeFixture.paragraph(
            "Information security policy, version 2, approved by top management. ISO/IEC 27001 clause 5.2."),
            title: "Information Security Policy", modified: "2026-01-01T00:00:00Z")
        let revised = try CommandRun.assessor(["import", assessment.path, policy.path])
        #expect(revised.output.contains("0 imported, 0 unchanged, 1 new revision"), "\(revised.output)")

        let register = try CommandRun.assessor(["evidence", assessment.path, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(register.output.utf8)) as! [String: Any]
        let items = json["items"] as! [[String: Any]]
        #expect(items.count == 3)
        let current = items.filter { $0["current"] as! Bool }
        #expect(Set(current.map { $0["revision"] as! Int }) == [1, 2])
        let soa = current.first { ($0["path"] as! String).hasSuffix("soa.xlsx") }!
        #expect(soa["recognisedAs"] as? String == "Statement of Applicability (ISO/IEC 27001)")
        let suggestions = soa["suggestions"] as! [[String: Any]]
        #expect(suggestions.contains { $0["question"] as? String == "iso27001.A.5.15.q1" && $0["value"] as? String == "fully" })
        let old = items.first { !($0["current"] as! Bool) }!
        #expect(old["freshness"] as? String == "stale")

        let text = try CommandRun.assessor(["evidence", assessment.path]).output
        #expect(text.contains("iso27001:5.2"))
        #expect(text.contains("(1 older revision not shown; --json lists them)"))
        let lenient = try CommandRun.assessor(["evidence", assessment.path, "--json", "--stale-after", "120"]).output
        #expect(!lenient.contains("\"stale\""))
    }

    @Test func acceptAndRejectMatches() throws {
        let folder = try TemporaryFolder()
        let assessment = try EvidenceFixtures.assessment(in: folder, standards: ["iso27001"])
        let file = try OfficeFixture.docx("backup.docx", in: folder, body: OfficeFixture.paragraph("Backups follow A.8.13 daily."))
        #expect(try CommandRun.assessor(["import", assessment.path, file.path]).status == 0)
        let accept = try CommandRun.assessor(["evidence", assessment.path, "accept", "backup.docx", "iso27001:A.8.13"])
        #expect(accept.status == 0, "\(accept.error)")
        #expect(try CommandRun.assessor(["evidence", assessment.path, "reject", "#1", "iso27001:A.5.1"]).status == 0)
        let store = try AssessmentStore.open(at: assessment, readOnly: true)
        let statuses = Dictionary(uniqueKeysWithValues: try store.evidenceMatches().map { ($0.requirement.requirement, $0.status) })
        #expect(statuses["A.8.13"] == .accepted)
        #expect(statuses["A.5.1"] == .rejected)
        let missing = try CommandRun.assessor(["evidence", assessment.path, "accept", "nothing.docx", "iso27001:A.8.13"])
        #expect(missing.status == 1)
        #expect(missing.error == "Error: no evidence item 'nothing.docx' in \(assessment.path); 'assessor evidence \(assessment.path)' lists them\n")
        let usage = try CommandRun.assessor(["evidence", assessment.path, "approve", "1", "iso27001:A.8.13"])
        #expect(usage.status == 64)
    }
}
