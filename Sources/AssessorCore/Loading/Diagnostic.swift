/// A place in a module file: 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found in a module file, printed as `file:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Collects diagnostics while a file is read, so that every problem is reported, not only the
/// first, and each once (a node reached twice gives one diagnostic).
final class DiagnosticLog {
    private(set) var entries: [Diagnostic] = []
    private var seen = Set<Diagnostic>()
    let file: String

    init(file: String) {
        self.file = file
    }

    func error(_ message: String, line: Int, column: Int) {
        add(Diagnostic(.error, message, at: SourceLocation(file: file, line: line, column: column)))
    }

    func warning(_ message: String, line: Int, column: Int) {
        add(Diagnostic(.warning, message, at: SourceLocation(file: file, line: line, column: column)))
    }

    private func add(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted { entries.append(diagnostic) }
    }
}
