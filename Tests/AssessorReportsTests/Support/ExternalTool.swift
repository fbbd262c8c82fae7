import AssessorTestSupport
import Foundation

/// The real programs the report tests open each format with. A test whose program is missing is
/// skipped with a message naming the Debian package that provides it (`.ci/run` installs them all).
enum ExternalTool {
    static let soffice = find("soffice")
    static let chromium = find("chromium") ?? find("chromium-browser")
    static let xmllint = find("xmllint")
    static let python = find("python3")
    /// A Python that has markdown-it (Debian's python3-markdown-it installs it for /usr/bin/python3).
    static let markdownPython: URL? = ["/usr/bin/python3", python?.path].compactMap { $0 }.map(URL.init(fileURLWithPath:))
        .first { (try? CommandRun.run($0, ["-c", "import markdown_it"]).status) == 0 }

    static let sofficeMissing = "LibreOffice is not installed (soffice): apt-get install libreoffice-writer-nogui libreoffice-calc-nogui"
    static let chromiumMissing = "Chromium is not installed: apt-get install chromium"
    static let xmllintMissing = "xmllint is not installed: apt-get install libxml2-utils"
    static let pythonMissing = "python3 is not installed: apt-get install python3"
    static let markdownMissing = "markdown-it for Python is not installed: apt-get install python3-markdown-it"

    /// The executable's path on PATH, or nil.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs a program and fails with its standard error when it exits with an error.
    @discardableResult
    static func run(_ tool: URL, _ arguments: [String], input: String = "", directory: URL? = nil) throws -> CommandRun {
        let run = try CommandRun.run(tool, arguments, input: input, directory: directory)
        guard run.status == 0 else {
            throw ToolFailure(description: "\(tool.lastPathComponent) \(arguments.joined(separator: " ")) exited \(run.status): \(run.error)")
        }
        return run
    }

    struct ToolFailure: Error, CustomStringConvertible {
        var description: String
    }
}
