import AssessorCore
import Foundation
import Mustache

/// The Mustache templates of the HTML and Markdown reports: the built-in ones bundled beside the
/// executable, each replaced by a file of the same name in `--template DIR`.
///
/// Every template renders with the `TEXT` content type: the writer has escaped each value for the
/// output format already, so `{{name}}` and `{{{name}}}` print the same safe text. Template files
/// come only from inside the template folder (links resolved) and only regular files are read
/// (see ``TemplateFile``); partials are checked before rendering (see ``PartialGraph``) and a
/// render is held to ``iterationLimit`` section iterations and ``outputLimit`` bytes.
struct TemplateLibrary {
    /// The files a template folder may hold.
    static let names = ["html-report", "html-style", "markdown-report"]
    static let fileExtension = "mustache"
    /// The most section iterations one render may take (a full three-standard report takes a few thousand).
    static let iterationLimit = 200_000
    /// The largest report a template may produce, in bytes.
    static let outputLimit = 64 * 1024 * 1024
    private static let bundleName = "assessor_AssessorReports.resources"
    private static let pragma = "{{% CONTENT_TYPE: TEXT}}"

    let library: MustacheLibrary

    init(overrides folder: URL?) throws(ReportError) {
        var library = MustacheLibrary()
        var texts: [String: String] = [:], files: [String: String] = [:]
        for name in Self.names + Self.extraPartials(in: folder) {
            let file = "\(name).\(Self.fileExtension)"
            let custom = folder.map { $0.appendingPathComponent(file) }
            let url = custom.flatMap { FileKind(path: $0.path, followingLinks: false) == .missing ? nil : $0 }
                ?? Self.builtInFolder?.appendingPathComponent(file)
            guard let url, FileKind(path: url.path, followingLinks: false) != .missing else {
                throw ReportError("the built-in report template \(file) was not found beside the executable",
                                  remedy: .giveTemplateFolder(file: file))
            }
            let text = try TemplateFile.read(url, inside: url == custom ? folder : nil)
            do {
                try library.register(Self.pragma + text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? error.context.columnNumber - Self.pragma.count : error.context.columnNumber
                throw ReportError("\(url.path):\(line):\(column): template error \(error.error)", remedy: .advice("fix the template"))
            } catch {
                throw ReportError("\(url.path): template error \(error)", remedy: .advice("fix the template"))
            }
            texts[name] = text
            files[name] = url.path
        }
        try PartialGraph(texts: texts, files: files).check()
        self.library = library
    }

    /// Renders a template with a context whose strings are escaped already, within the limits.
    func render(_ context: [String: Any], template name: String) throws(ReportError) -> String {
        let budget = RenderBudget(iterations: Self.iterationLimit)
        let text = library.render(budget.wrap(context), withTemplate: name) ?? ""
        if budget.exceeded {
            throw ReportError("the template \(name) repeats its sections more than \(Self.iterationLimit) times "
                              + "(a list inside itself?)", remedy: .advice("simplify the template"))
        }
        guard text.utf8.count <= Self.outputLimit else {
            throw ReportError("the template \(name) makes a report of more than \(Self.outputLimit / 1024 / 1024) MB",
                              remedy: .advice("simplify the template"))
        }
        return text
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
