import AssessorXML
import Foundation

/// A Word document (Office Open XML): a title page, a heading per section, its sentences and native
/// tables (charts as bars of coloured blocks in table cells), A4 landscape.
public struct DocxReportWriter: ReportWriter {
    public var displayName: String { "Word" }
    public var fileExtension: String { "docx" }
    public var outputKind: ReportOutputKind { .binary }
    public var purpose: String { "to edit and hand over" }

    public init() {}

    private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        var package = try OfficePackage(
            main: ("word/document.xml", "\(Self.wordprocessing).document.main+xml"),
            overrides: [("word/styles.xml", "\(Self.wordprocessing).styles+xml"),
                        ("word/settings.xml", "\(Self.wordprocessing).settings+xml")],
            title: "Certification readiness: \(model.organisation)", created: model.reportDate)
        package.parts += [
            try OfficePart("word/document.xml", root: "w:document", namespace: OfficeNamespace.wordprocessing) { writer in
                try writer.declareNamespace(OfficeNamespace.relationships, prefix: "r")
                try writer.element("w:body") { try Self.body(model, DocxBody(writer: writer)) }
            },
            try OfficePart.relationships("word/_rels/document.xml.rels", [
                ("\(OfficeNamespace.relationships)/styles", "styles.xml"),
                ("\(OfficeNamespace.relationships)/settings", "settings.xml"),
            ]),
            try DocxStyles.part(),
            try OfficePart("word/settings.xml", root: "w:settings", namespace: OfficeNamespace.wordprocessing) { writer in
                try writer.element("w:defaultTabStop", ["w:val": "720"])
                try writer.element("w:compat") {
                    try writer.element("w:compatSetting", ["w:name": "compatibilityMode",
                                                           "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15"])
                }
            },
        ]
        return .file(try package.zipped(modified: model.reportDate.date))
    }

    /// The title page, then a heading per section with its sentences and tables, then the page set-up.
    private static func body(_ model: ReportModel, _ body: DocxBody) throws {
        try body.paragraph("Certification readiness: \(model.organisation)", style: "Title")
        try body.paragraph(model.standards.map { "\($0.title):\($0.edition)" }.joined(separator: ", "), style: "Subtitle")
        try body.paragraph("Report date \(model.reportDate), \(model.generatedBy)")
        try body.paragraph("Scores and likely findings are an assessment aid, not an audit result.", style: "Caveat")
        for part in ReportTables.make(model) {
            try body.heading(part.section.title, level: 1)
            for sentence in part.intro { try body.paragraph(sentence) }
            for table in part.tables {
                if part.tables.count > 1 { try body.heading(table.title, level: 2) }
                if table.rows.isEmpty { try body.paragraph(table.whenEmpty) } else { try body.table(table) }
            }
        }
        try body.sectionProperties()
    }
}
