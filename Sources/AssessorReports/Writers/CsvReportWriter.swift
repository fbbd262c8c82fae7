import Foundation

/// A folder of CSV files, one table per file (`gap-analysis.csv`, `statement-of-applicability.csv`...):
/// RFC 4180 (comma, CRLF, quotes doubled, a header row), UTF-8 without a byte-order mark, and every
/// cell that a spreadsheet could take for a formula neutralised with a leading apostrophe.
public struct CsvReportWriter: ReportWriter {
    public var displayName: String { "CSV" }
    public var fileExtension: String { "csv" }
    public var outputKind: ReportOutputKind { .folder }
    public var purpose: String { "a folder of tables" }

    public init() {}

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        let tables = ReportTables.make(model).flatMap(\.tables)
        return .folder(tables.map { table in (name: "\(table.name).csv", data: Data(Self.csv(table).utf8)) })
    }

    static func csv(_ table: ReportTable) -> String {
        var text = ""
        text.reserveCapacity(64 * (table.rows.count + 1) * table.columns.count)
        append(table.columns.map(\.title), to: &text)
        for row in table.rows { append(row.map(\.dataText), to: &text) }
        return text
    }

    private static func append(_ fields: [String], to text: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            text += quoted(SpreadsheetText.neutralised(field))
        }
        text += "\r\n"
    }

    /// The field as it is, or in double quotes (inner quotes doubled) when it holds a comma, quote or line break.
    private static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
