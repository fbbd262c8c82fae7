import AssessorCore
import Foundation

/// Renders a report model in one format. One conforming type per format, chosen by
/// ``ReportFormat/writer``; escaping user-supplied text is the writer's job.
public protocol ReportWriter: Sendable {
    /// Renders the report (already restricted to the sections wanted).
    func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput
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

/// Why a report could not be written: one line naming the file or template and what to do.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
