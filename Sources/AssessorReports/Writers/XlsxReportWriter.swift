import Foundation

/// An Excel workbook (Office Open XML): one sheet per section, numbers, percentages and dates as
/// typed cells, data bars for readiness and findings, header rows frozen with an autofilter.
public struct XlsxReportWriter: ReportWriter {
    public init() {}

    private static let spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        let parts = ReportTables.make(model)
        let sheets = parts.map { part -> XlsxSheet in
            var sheet = XlsxSheet()
            if part.tables.count == 1, let table = part.tables.first {
                sheet.table(table)
                return sheet
            }
            sheet.line("\(part.section.title): \(model.organisation)", style: .title)
            for sentence in part.intro { sheet.line(sentence, style: .intro) }
            for table in part.tables {
                sheet.blank()
                sheet.line(table.title, style: .title)
                if table.rows.isEmpty { sheet.line(table.whenEmpty, style: .intro) } else { sheet.table(table) }
            }
            return sheet
        }
        let escaper = XmlEscaper()
        let entries = parts.enumerated().map { index, part in
            "<sheet name=\"\(escaper.escape(part.section.title))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        var package = OfficePackage(
            main: ("xl/workbook.xml", "\(Self.spreadsheet).sheet.main+xml"),
            overrides: [("xl/styles.xml", "\(Self.spreadsheet).styles+xml")]
                + sheets.indices.map { ("xl/worksheets/sheet\($0 + 1).xml", "\(Self.spreadsheet).worksheet+xml") },
            title: "Certification readiness: \(model.organisation)", created: model.reportDate)
        package.parts.append(("xl/workbook.xml", OfficePackage.declaration
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"\(OfficePackage.relationshipNamespace)\"><bookViews><workbookView/></bookViews>"
            + "<sheets>\(entries.joined())</sheets></workbook>"))
        package.parts.append(("xl/_rels/workbook.xml.rels", OfficePackage.relationships(
            sheets.indices.map { ("\(OfficePackage.relationshipNamespace)/worksheet", "worksheets/sheet\($0 + 1).xml") }
                + [("\(OfficePackage.relationshipNamespace)/styles", "styles.xml")])))
        package.parts.append(("xl/styles.xml", XlsxStyles.xml))
        package.parts += sheets.enumerated().map { ("xl/worksheets/sheet\($0 + 1).xml", $1.xml) }
        return .file(try package.zipped(modified: model.reportDate.date))
    }
}
