import AssessorCore
import AssessorEvidence
import AssessorTestSupport
import Foundation
import Testing

/// Word structure on generated documents: headings, content controls, tables, document control.
@Suite struct DocxStructureTests {
    @Test func headingsContentControlsTablesAndDocumentControl() throws {
        let folder = try TemporaryFolder()
        let body = OfficeFixture.paragraph("Access Control Policy", style: "Title")
            + OfficeFixture.table([["Document control", ""], ["Version", "2.3"], ["Last reviewed", "14 March 2023"],
                                   ["Next review date", "14 March 2024"]])
            + OfficeFixture.paragraph("Purpose", style: "Heading1")
            + "<w:sdt><w:sdtContent>\(OfficeFixture.paragraph("Access is granted on least privilege."))</w:sdtContent></w:sdt>"
            + "<w:p><w:r><w:instrText>TOC \\o</w:instrText></w:r><w:r><w:t>Reviewed </w:t></w:r><w:r><w:t>quarterly.</w:t></w:r></w:p>"
        let file = try OfficeFixture.docx("acp.docx", in: folder, body: body)
        let item = try EvidenceFixtures.reader(["iso27001"]).read(file, path: "acp.docx").item
        #expect(item.title == "Access Control Policy")
        #expect(item.author == "Ada Auditor")
        #expect(item.documentVersion == "2.3")
        #expect(item.reviewDate == EvidenceFixtures.date("2023-03-14"))
        #expect(EvidenceText.blocks(in: item.text) == [
            TextBlock(location: "title", text: "Access Control Policy"),
            TextBlock(location: "table 1, row 1, cell 1", text: "Document control"),
            TextBlock(location: "table 1, row 2, cell 1", text: "Version"),
            TextBlock(location: "table 1, row 2, cell 2", text: "2.3"),
            TextBlock(location: "table 1, row 3, cell 1", text: "Last reviewed"),
            TextBlock(location: "table 1, row 3, cell 2", text: "14 March 2023"),
            TextBlock(location: "table 1, row 4, cell 1", text: "Next review date"),
            TextBlock(location: "table 1, row 4, cell 2", text: "14 March 2024"),
            TextBlock(location: "heading 1", text: "Purpose"),
            TextBlock(location: "paragraph", text: "Access is granted on least privilege."),
            TextBlock(location: "paragraph", text: "Reviewed quarterly."),
        ])
    }

    @Test func aVersionHistoryTableGivesTheLatestVersionAndDate() throws {
        let folder = try TemporaryFolder()
        let body = OfficeFixture.table([["Version", "Date", "Author", "Change"], ["1.0", "02/01/2022", "CISO", "First issue"],
                                        ["1.1", "2024-05-20", "CISO", "Annual review"], ["", "", "", ""]])
        let file = try OfficeFixture.docx("history.docx", in: folder, body: body, title: "Backup Policy")
        let item = try EvidenceFixtures.reader(["iso27001"]).read(file, path: "history.docx").item
        #expect(item.documentVersion == "1.1")
        #expect(item.reviewDate == EvidenceFixtures.date("2024-05-20"))
        #expect(item.title == "Backup Policy")
    }

    @Test func freshnessFollowsTheLastReviewDate() throws {
        let reviewed = EvidenceItem(contentHash: "x", path: "p.docx", format: .docx, size: 1, title: "P",
                                    modified: EvidenceFixtures.date("2025-06-01"), reviewDate: EvidenceFixtures.date("2023-01-10"),
                                    text: "")
        let now = EvidenceFixtures.date("2024-06-01")
        #expect(Freshness().verdict(for: reviewed, now: now) == .stale)
        #expect(Freshness(months: 24).verdict(for: reviewed, now: now) == .fresh)
        var undated = reviewed
        undated.reviewDate = nil
        undated.modified = nil
        #expect(Freshness().verdict(for: undated, now: now) == .undated)
    }
}
