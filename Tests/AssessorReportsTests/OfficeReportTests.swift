import AssessorReports
import AssessorTestSupport
import Foundation
import Testing

/// DOCX and XLSX: well-formed parts (xmllint) that LibreOffice converts to PDF without complaint.
@Suite struct OfficeReportTests {
    @Test func docxHoldsAHeadingPerSectionAndNativeTables() async throws {
        let model = try await Fixtures.rich
        let parts = try OfficeParts.read(try Fixtures.file(.docx, model))
        #expect(Set(parts.keys).isSuperset(of: ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                                                "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"]))
        let document = try #require(parts["word/document.xml"])
        #expect(document.components(separatedBy: "<w:pStyle w:val=\"Heading1\"/>").count - 1 == ReportSection.allCases.count)
        #expect(document.components(separatedBy: "<w:tbl>").count - 1 == 11)
        #expect(document.contains("<w:tblHeader/>"), "header rows repeat on each page")
    }

    @Test func xlsxHasASheetPerSectionWithTypedCells() async throws {
        let model = try await Fixtures.rich
        let parts = try OfficeParts.read(try Fixtures.file(.xlsx, model))
        let workbook = try #require(parts["xl/workbook.xml"])
        for section in ReportSection.allCases { #expect(workbook.contains("<sheet name=\"\(section.title)\"")) }
        let gaps = try #require(parts["xl/worksheets/sheet2.xml"])
        #expect(gaps.contains("<c r=\"G2\" s=\"5\"><v>"), "scores are numbers with a percent style")
        #expect(gaps.contains("<autoFilter ref=\"A1:K\(model.gapAnalysis.count + 1)\"/>"))
        let register = try #require(parts["xl/worksheets/sheet4.xml"])
        #expect(register.contains(" s=\"6\"><v>4"), "dates are serial numbers with a date style")
        #expect(try #require(parts["xl/worksheets/sheet1.xml"]).contains("type=\"dataBar\""))
    }

    @Test(.enabled(if: ExternalTool.xmllint != nil, .init(rawValue: ExternalTool.xmllintMissing)),
          arguments: [ReportFormat.docx, .xlsx])
    func everyPartIsWellFormedXML(format: ReportFormat) async throws {
        let parts = try OfficeParts.read(try Fixtures.file(format, try await Fixtures.injected))
        let folder = try TemporaryFolder()
        var files: [String] = []
        for (index, part) in parts.values.enumerated() {
            let file = folder.path("part\(index).xml")
            try Data(part.utf8).write(to: file)
            files.append(file.path)
        }
        #expect(files.count >= 7)
        try ExternalTool.run(ExternalTool.xmllint!, ["--noout", "--nonet"] + files)
    }

    @Test(.enabled(if: ExternalTool.soffice != nil, .init(rawValue: ExternalTool.sofficeMissing)),
          arguments: [ReportFormat.docx, .xlsx])
    func libreOfficeConvertsItToPDF(format: ReportFormat) async throws {
        let folder = try TemporaryFolder()
        let input = folder.path("report.\(format.rawValue)")
        try Fixtures.file(format, try await Fixtures.rich).write(to: input)
        let run = try ExternalTool.run(ExternalTool.soffice!, [
            "-env:UserInstallation=\(folder.path("profile").absoluteString)", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", folder.path("pdf").path, input.path,
        ])
        #expect(!run.error.lowercased().contains("error"), "LibreOffice said: \(run.error)")
        let pdf = try Data(contentsOf: folder.path("pdf/report.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(pdf.count > 100_000, "dozens of pages of tables (\(pdf.count) bytes)")
    }
}
