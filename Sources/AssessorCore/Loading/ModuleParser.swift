import Foundation
import Yams

/// Reads a questionnaire module file (schema version 1) into a ``QuestionnaireModule``, reporting
/// every problem in the file with its line and column rather than stopping at the first.
public enum ModuleParser {
    /// The newest module schema this host reads.
    public static let schemaVersion = 1

    /// Parses YAML text; returns the module when it could be read, and every diagnostic found.
    public static func parse(_ yaml: String, file: String) -> (module: QuestionnaireModule?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog(file: file)
        let root: Node
        do {
            // The basic resolver keeps every scalar as text: no regular expression per node (the default
            // resolver's cost), and ids such as 4.10 stay as written. NodeReader types the values.
            guard let node = try Yams.compose(yaml: yaml, .basic) else {
                log.error("the file is empty; a module starts with 'schema_version: 1'", line: 1, column: 1)
                return (nil, log.entries)
            }
            root = node
        } catch {
            let (line, column, message) = YAMLErrorText.describe(error)
            log.error(message, line: line, column: column)
            return (nil, log.entries)
        }
        guard AliasBudget.allows(root, log: log) else { return (nil, log.entries) }
        let module = ModuleFileReader(log: log).read(root)
        return (module, log.entries)
    }

    /// Reads and parses a file; a file that cannot be read is one diagnostic.
    public static func parse(contentsOf url: URL) -> (module: QuestionnaireModule?, diagnostics: [Diagnostic]) {
        // Looked at before it is opened: opening a FIFO would block, a device never end.
        if let problem = FileKind.problemReading(url.path) {
            let location = SourceLocation(file: url.path, line: 1, column: 1)
            return (nil, [Diagnostic(.error, "the module file \(problem); a module is a YAML file", at: location)])
        }
        do {
            let data = try Data(contentsOf: url)
            guard let text = String(data: data, encoding: .utf8) else {
                let location = SourceLocation(file: url.path, line: 1, column: 1)
                return (nil, [Diagnostic(.error, "the file is not UTF-8 text", at: location)])
            }
            return parse(text, file: url.path)
        } catch {
            let location = SourceLocation(file: url.path, line: 1, column: 1)
            return (nil, [Diagnostic(.error, "cannot read the file (\(error.localizedDescription))", at: location)])
        }
    }
}

/// Turns a Yams syntax error into a line, a column and a message. Shared by every reader of
/// YAML files (questionnaire modules, cost profiles).
public enum YAMLErrorText {
    public static func describe(_ error: Error) -> (Int, Int, String) {
        guard let yamlError = error as? YamlError else { return (1, 1, "not valid YAML: \(error)") }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = [context.map { "\($0.text)" }, problem].compactMap { $0 }.joined(separator: ": ")
            return (mark.line, mark.column, "not valid YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let mark = context.mark
            return (mark.line, mark.column, "duplicate key '\(duplicates.joined(separator: "', '"))' in a mapping")
        default:
            return (1, 1, "not valid YAML: \(yamlError)")
        }
    }
}
