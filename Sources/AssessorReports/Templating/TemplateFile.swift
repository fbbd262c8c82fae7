import AssessorCore
import Foundation

/// Reads one template file, refusing what a template folder must not smuggle in: a file that
/// resolves outside the folder (a link to `/etc/shadow` would be printed into the report), a FIFO
/// or a device (reading could block or never end), or a file larger than ``sizeLimit``.
enum TemplateFile {
    static let sizeLimit = 4 * 1024 * 1024

    /// The text of `url`; `folder` is the template folder it must stay inside (nil for built-in ones).
    static func read(_ url: URL, inside folder: URL?) throws(ReportError) -> String {
        if let folder, !ResolvedPath.isInside(url.path, folder: folder.path) {
            throw ReportError("\(url.path) leads outside the template folder \(folder.path)",
                              remedy: .advice("copy the template into the folder instead of linking to it"))
        }
        guard case .regular(let size) = FileKind(path: url.path) else {
            throw ReportError("\(url.path) \(FileKind.problemReading(url.path) ?? "cannot be read")",
                              remedy: .advice("a template is a text file"))
        }
        guard size <= sizeLimit else {
            throw ReportError("\(url.path) is larger than \(sizeLimit / 1024 / 1024) MB", remedy: .advice("a template is a text file"))
        }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw ReportError("cannot read \(url.path) as UTF-8 text", remedy: .advice("save the template as UTF-8"))
        }
        return text
    }
}
