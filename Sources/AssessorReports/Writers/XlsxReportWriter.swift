import Foundation

/// An Excel workbook (Office Open XML): one sheet per section, numbers, percentages and dates as
/// typed cells, data bars for readiness and findings, header rows frozen with an autofilter.
public struct XlsxReportWriter: ReportWriter {
    public var displayName: String { "Excel" }
    public var fileExtension: String { "xlsx" }
    public var outputKind: ReportOutputKind { .binary }
    public var purpose: String { "to sort and filter" }

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
        var package = try OfficePackage(
            main: ("xl/workbook.xml", "\(Self.spreadsheet).sheet.main+xml"),
            overrides: [("xl/styles.xml", "\(Self.spreadsheet).styles+xml")]
                + sheets.indices.map { ("xl/worksheets/sheet\($0 + 1).xml", "\(Self.spreadsheet).worksheet+xml") },
            title: "Certification readiness: \(model.organisation)", created: model.reportDate)
        package.parts.append(try OfficePart("xl/workbook.xml", root: "workbook", namespace: OfficeNamespace.spreadsheet) { writer in
            try writer.declareNamespace(OfficeNamespace.relationships, prefix: "r")
            try writer.element("bookViews") { try writer.element("workbookView") }
            try writer.element("sheets") {
                for (index, part) in parts.enumerated() {
                    try writer.element("sheet", ["name": part.section.title, "sheetId": String(index + 1), "r:id": "rId\(index + 1)"])
                }
            }
        })
        package.parts.append(try OfficePart.relationships("xl/_rels/workbook.xml.rels",
            sheets.indices.map { ("\(OfficeNamespace.relationships)/worksheet", "worksheets/sheet\($0 + 1).xml") }
                + [("\(OfficeNamespace.relationships)/styles", "styles.xml")]))
        package.parts.append(try XlsxStyles.part())
        for (index, sheet) in sheets.enumerated() { package.parts.append(try sheet.part("xl/worksheets/sheet\(index + 1).xml")) }
        return .file(try package.zipped(modified: model.reportDate.date))
    }
}
