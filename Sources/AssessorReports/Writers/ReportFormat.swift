import AssessorCore

/// The formats a report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case html
    case md
    case json
    case csv
    case docx
    case xlsx

    /// The writer of the format, which declares its name, extension and kind of output; adding a
    /// format without a writer does not compile.
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

    /// The name of the default output beside an assessment named `stem` (`acme-report.html`; a
    /// folder `acme-report-csv` for a format that writes a folder).
    public func defaultOutputName(stem: String) -> String {
        writer.outputKind == .folder ? "\(stem)-report-\(writer.fileExtension)" : "\(stem)-report.\(writer.fileExtension)"
    }

    /// What the writer makes, for ``OutputTarget``: one file, or a folder of files with its extension.
    public var outputShape: OutputTarget.Shape {
        writer.outputKind == .folder ? .folder(extension: writer.fileExtension) : .file
    }

    /// Whether the report can go to standard output.
    public var canWriteToStandardOutput: Bool { writer.outputKind == .text }

    /// `html (HTML: one self-contained page to read and print), md (Markdown: ...)`, for help texts.
    public static var listing: String {
        allCases.map { "\($0.rawValue) (\($0.writer.displayName): \($0.writer.purpose))" }.joined(separator: ", ")
    }
}
