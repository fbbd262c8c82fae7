import Foundation
import Mustache

/// The Mustache templates of the HTML and Markdown reports: the built-in ones bundled beside the
/// executable, each replaced by a file of the same name in `--template DIR`.
///
/// Every template renders with the `TEXT` content type: the writer has escaped each value for the
/// output format already, so `{{name}}` and `{{{name}}}` print the same safe text.
struct TemplateLibrary {
    /// The files a template folder may hold.
    static let names = ["html-report", "html-style", "markdown-report"]
    static let fileExtension = "mustache"
    private static let bundleName = "assessor_AssessorReports.resources"
    private static let pragma = "{{% CONTENT_TYPE: TEXT}}"

    let library: MustacheLibrary

    init(overrides folder: URL?) throws(ReportError) {
        var library = MustacheLibrary()
        let builtIn = Self.builtInFolder
        for name in Self.names + Self.extraPartials(in: folder) {
            let file = "\(name).\(Self.fileExtension)"
            let candidates = [folder, builtIn].compactMap { $0?.appendingPathComponent(file) }
            guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                throw ReportError("the built-in report template \(file) was not found beside the executable",
                                  remedy: .giveTemplateFolder(file: file))
            }
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                try library.register(Self.pragma + text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? error.context.columnNumber - Self.pragma.count : error.context.columnNumber
                throw ReportError("\(url.path):\(line):\(column): template error \(error.error); fix the template")
            } catch {
                throw ReportError("cannot read \(url.path): \(error.localizedDescription)")
            }
        }
        self.library = library
    }

    /// Renders a template with a context whose strings are escaped already.
    func render(_ context: [String: Any], template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Further partials a template folder brings (a logo, a letterhead), by name.
    private static func extraPartials(in folder: URL?) -> [String] {
        guard let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return files.filter { $0.hasSuffix(".\(fileExtension)") }.map { String($0.dropLast(fileExtension.count + 1)) }
            .filter { !names.contains($0) }.sorted()
    }

    /// The bundled templates: beside the executable, or beside the test bundle when tests run.
    static var builtInFolder: URL? {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        return [executable, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent(bundleName).appendingPathComponent("Templates") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
