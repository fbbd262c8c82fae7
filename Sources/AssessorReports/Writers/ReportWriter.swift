import AssessorCore
import Foundation

/// Renders a report model in one format. One conforming type per format, chosen by
/// ``ReportFormat/writer``; escaping user-supplied text is the writer's job.
public protocol ReportWriter: Sendable {
    /// How help and messages name the format (`Word`).
    var displayName: String { get }
    /// The extension of the file it writes (`docx`); the folder's suffix for a folder.
    var fileExtension: String { get }
    /// Whether it writes text, a binary file or a folder of files.
    var outputKind: ReportOutputKind { get }
    /// What the format is for, in a few words (`to edit and hand over`).
    var purpose: String { get }

    /// Renders the report (already restricted to the sections wanted).
    func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput
}

/// What a writer produces.
public enum ReportOutputKind: Sendable {
    /// Text, which may also go to standard output.
    case text
    /// One binary file.
    case binary
    /// A folder of files.
    case folder
}

/// How to render: where templates come from (HTML and Markdown).
public struct ReportOptions: Sendable {
    /// A folder of templates that replace the built-in ones of the same name; nil for the built-in ones.
    public var templateFolder: URL?

    public init(templateFolder: URL? = nil) {
        self.templateFolder = templateFolder
    }
}

/// What a writer produced: one file, or a folder of files (CSV: one table per file).
public enum ReportOutput: Sendable {
    case file(Data)
    case folder([(name: String, data: Data)])

    /// Writes the output at a checked target (a file, or a folder replaced whole); see ``OutputTarget``.
    public func save(to target: OutputTarget) throws(OutputError) {
        switch self {
        case .file(let data): try target.write(data)
        case .folder(let files): try target.write(files: files)
        }
    }

    /// The total size in bytes.
    public var byteCount: Int {
        switch self {
        case .file(let data): return data.count
        case .folder(let files): return files.reduce(0) { $0 + $1.data.count }
        }
    }
}

/// Why a report could not be written: one line naming the file or template, and what to do.
public struct ReportError: ExplainedError {
    public var summary: String
    public var remedy: Remedy?

    public init(_ summary: String, remedy: Remedy? = nil) {
        self.summary = summary
        self.remedy = remedy
    }
}
