import AssessorCore
import AssessorEvidence
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// Crafted hostile and broken files: each is refused or reported in one line naming the file,
/// nothing is read from it, the process does not crash, and the good files of the same import land.
@Suite struct HostileFileTests {
    static let xxeFile = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <r><title>&secret;</title></r>
        """
    static let xxeNetwork = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY remote SYSTEM "http://127.0.0.1:9/steal">]>
        <r>&remote;</r>
        """
    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
        <lolz>&lol9;</lolz>
        """
    static let externalDTD = """
        <?xml version="1.0"?>
        <!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd">
        <r>A.5.15 access control policy</r>
        """

    func reason(_ url: URL) -> EvidenceError.Reason? {
        do {
            _ = try EvidenceFixtures.reader().read(url, path: url.lastPathComponent)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test("XXE, billion laughs and external DTDs are refused before any entity is touched",
          arguments: [("xxe-file.xml", xxeFile), ("xxe-network.xml", xxeNetwork), ("billion-laughs.xml", billionLaughs),
                      ("external-dtd.xml", externalDTD)])
    func dtdsAreRefused(name: String, content: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(name, content)
        let found = reason(file)
        guard case .refused(let detail)? = found else { Issue.record("\(name) was not refused: \(String(describing: found))"); return }
        #expect(detail.contains("DTD"))
    }

    @Test func anEntityInsideAWordPartIsRefused() throws {
        let folder = try TemporaryFolder()
        let file = try OfficeFixture.docx("xxe.docx", in: folder, body: "<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>",
                                          prolog: #"<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>"#)
        guard case .refused? = reason(file) else { Issue.record("a DTD in word/document.xml was not refused"); return }
    }

    @Test func aZipBombIsStoppedByTheBytesReallyInflated() throws {
        let folder = try TemporaryFolder()
        let file = try OfficeFixture.zipBomb("bomb.docx", in: folder, megabytes: 40)
        guard case .refused(let detail)? = reason(file) else { Issue.record("the zip bomb was not refused"); return }
        #expect(detail.contains("zip bomb"))
    }

    @Test func tightLimitsRefuseTooManyEntriesAndTooManyBytes() throws {
        let folder = try TemporaryFolder()
        let file = try OfficeFixture.docx("many.docx", in: folder, body: OfficeFixture.paragraph(String(repeating: "text ", count: 2000)))
        let few = EvidenceReader(matcher: Matcher(catalog: EvidenceFixtures.catalog, standards: ["iso27001"]),
                                 limits: ZipLimits(maximumEntries: 2))
        #expect(throws: EvidenceError.self) { try few.read(file, path: "many.docx") }
        let small = EvidenceReader(matcher: Matcher(catalog: EvidenceFixtures.catalog, standards: ["iso27001"]),
                                   limits: ZipLimits(maximumTotalBytes: 5_000))
        do {
            _ = try small.read(file, path: "many.docx")
            Issue.record("a budget of 5,000 bytes was not enforced")
        } catch {
            #expect(error.description.contains("many.docx"))
        }
    }

    @Test func aZipSlipEntryIsRefusedBeforeAnythingIsRead() throws {
        let folder = try TemporaryFolder()
        let file = try OfficeFixture.zip("slip.docx", in: folder, entries: [
            ("word/document.xml", "<w:document/>"), ("../../evil.sh", "echo owned"),
        ])
        guard case .refused(let detail)? = reason(file) else { Issue.record("the zip slip entry was not refused"); return }
        #expect(detail.contains("zip slip"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.deletingLastPathComponent().appendingPathComponent("evil.sh").path))
    }

    @Test func truncatedAndFakeFilesAreReportedAsMalformed() throws {
        let folder = try TemporaryFolder()
        let good = try OfficeFixture.docx("whole.docx", in: folder, body: OfficeFixture.paragraph("Access control policy"))
        let bytes = try Data(contentsOf: good)
        let truncated = folder.path("truncated.docx")
        try bytes.prefix(bytes.count / 2).write(to: truncated)
        let fake = try folder.write("notes.xml", "This is a plain text file that someone named .xml\n")
        for file in [truncated, fake] {
            guard case .malformed? = reason(file) else { Issue.record("\(file.lastPathComponent) was not reported as malformed"); continue }
        }
    }

    @Test("one import of hostile files and good ones: each bad file is one line, the good ones land, nothing stored is lost")
    func hostileFilesDoNotStopAnImport() throws {
        let folder = try TemporaryFolder()
        let assessment = try EvidenceFixtures.assessment(in: folder)
        let earlier = try OfficeFixture.docx("earlier.docx", in: folder, body: OfficeFixture.paragraph("Backup policy, see A.8.13"))
        #expect(try CommandRun.assessor(["import", assessment.path, earlier.path]).status == 0)

        let batch = try TemporaryFolder()
        try batch.write("xxe-file.xml", Self.xxeFile)
        try batch.write("xxe-network.xml", Self.xxeNetwork)
        try batch.write("billion-laughs.xml", Self.billionLaughs)
        try batch.write("external-dtd.xml", Self.externalDTD)
        try batch.write("not-xml.xml", "just some text\n")
        _ = try OfficeFixture.zipBomb("bomb.docx", in: batch, megabytes: 40)
        try OfficeFixture.zip("slip.docx", in: batch, entries: [("word/document.xml", "<w:document/>"), ("../evil", "x")])
        let whole = try OfficeFixture.docx("whole.docx", in: folder, body: OfficeFixture.paragraph("x"))
        try Data(contentsOf: whole).prefix(200).write(to: batch.path("truncated.docx"))
        try OfficeFixture.docx("policy.docx", in: batch, body: OfficeFixture.paragraph("Our access control policy (A.5.15)."))
        try batch.write("good.xml", "<export><title>Access review</title><item>Quarterly access review, A.5.18</item></export>")

        let run = try CommandRun.assessor(["import", assessment.path, batch.url.path])
        #expect(run.status == 1)
        let errors = run.error.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 8, "\(run.error)")
        for name in ["xxe-file.xml", "xxe-network.xml", "billion-laughs.xml", "external-dtd.xml", "not-xml.xml", "bomb.docx",
                     "slip.docx", "truncated.docx"] {
            #expect(errors.contains { $0.contains(name) }, "no error line names \(name)")
        }
        #expect(run.output.contains("2 imported, 0 unchanged, 0 new revisions, 8 failed"), "\(run.output)")
        let store = try AssessmentStore.open(at: assessment, readOnly: true)
        let stored = try store.evidence(includingText: true)
        #expect(Set(stored.map(\.fileName)) == ["earlier.docx", "policy.docx", "good.xml"])
        #expect(!stored.contains { $0.text.contains("root:") })
    }
}
