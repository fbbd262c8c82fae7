import Foundation

/// A Word document (Office Open XML): a title page, a heading per section, its sentences and native
/// tables (charts as bars of coloured blocks in table cells), A4 landscape.
public struct DocxReportWriter: ReportWriter {
    public init() {}

    private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        var body = DocxBody()
        body.paragraph("Certification readiness: \(model.organisation)", style: "Title")
        body.paragraph(model.standards.map { "\($0.title):\($0.edition)" }.joined(separator: ", "), style: "Subtitle")
        body.paragraph("Report date \(model.reportDate), \(model.generatedBy)")
        body.paragraph("Scores and likely findings are an assessment aid, not an audit result.", style: "Caveat")
        for part in ReportTables.make(model) {
            body.heading(part.section.title, level: 1)
            for sentence in part.intro { body.paragraph(sentence) }
            for table in part.tables {
                if part.tables.count > 1 { body.heading(table.title, level: 2) }
                if table.rows.isEmpty { body.paragraph(table.whenEmpty) } else { body.table(table) }
            }
        }
        var package = OfficePackage(
            main: ("word/document.xml", "\(Self.wordprocessing).document.main+xml"),
            overrides: [("word/styles.xml", "\(Self.wordprocessing).styles+xml"),
                        ("word/settings.xml", "\(Self.wordprocessing).settings+xml")],
            title: "Certification readiness: \(model.organisation)", created: model.reportDate)
        package.parts += [
            ("word/document.xml", body.document),
            ("word/_rels/document.xml.rels", OfficePackage.relationships([
                ("\(OfficePackage.relationshipNamespace)/styles", "styles.xml"),
                ("\(OfficePackage.relationshipNamespace)/settings", "settings.xml"),
            ])),
            ("word/styles.xml", DocxStyles.xml),
            ("word/settings.xml", OfficePackage.declaration
                + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:defaultTabStop w:val=\"720\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"),
        ]
        return .file(try package.zipped(modified: model.reportDate.date))
    }
}
