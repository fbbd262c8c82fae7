import AssessorCore

/// Why a cost profile could not be used: every problem found, each as `file:line:column: error: message`.
public struct CostProfileError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    init(file: String, line: Int = 1, column: Int = 1, _ message: String) {
        diagnostics = [Diagnostic(.error, message, at: SourceLocation(file: file, line: line, column: column))]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
