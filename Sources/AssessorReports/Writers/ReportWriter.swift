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

    /// Writes the output at `url` (a file, or a folder created as needed), replacing what is there.
    public func save(to url: URL) throws(ReportSaveError) {
        do {
            switch self {
            case .file(let data):
                try data.write(to: url, options: .atomic)
            case .folder(let files):
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                for file in files { try file.data.write(to: url.appendingPathComponent(file.name), options: .atomic) }
            }
        } catch {
            throw ReportSaveError(url: url, cause: error)
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

/// Why a report could not be saved: the path and the system's reason (`permission denied`).
public struct ReportSaveError: Error, Sendable, CustomStringConvertible {
    public let url: URL
    /// The reason as the system gives it, without the path.
    public let reason: String

    init(url: URL, cause: any Error) {
        self.url = url
        // Foundation wraps the system's error number (a POSIXError, or an NSError of its domain).
        let error = cause as NSError
        let underlying = error.userInfo[NSUnderlyingErrorKey]
        let code = (underlying as? POSIXError)?.code.rawValue
            ?? (underlying as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
        if let code {
            let text = String(cString: strerror(code))
            reason = text.prefix(1).lowercased() + text.dropFirst()
        } else {
            reason = error.localizedDescription
        }
    }

    public var description: String { "cannot write \(url.path): \(reason); check the folder exists and is writable" }
}
