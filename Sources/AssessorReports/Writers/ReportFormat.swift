import AssessorCore

/// The formats a report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case html
    case md
    case json
    case csv
    case docx
    case xlsx

    /// The writer of the format; adding a format without a writer does not compile.
    public var writer: any ReportWriter {
        switch self {
        case .html: return HtmlReportWriter()
        case .md: return MarkdownReportWriter()
        case .json: return JsonReportWriter()
        case .csv: return CsvReportWriter()
        case .docx: return DocxReportWriter()
        case .xlsx: return XlsxReportWriter()
        }
    }

    /// What the writer makes, for ``OutputTarget``: one file, or a folder of CSV tables.
    public var outputShape: OutputTarget.Shape {
        self == .csv ? .folder(extension: "csv") : .file
    }

    /// The name of the default output (`report.html`; a folder for CSV).
    public var defaultOutputName: String {
        self == .csv ? "report-csv" : "report.\(rawValue)"
    }
}
