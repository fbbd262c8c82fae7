import Foundation

/// The outcome of running a command: exit status, standard output and standard error.
public struct CommandRun: Sendable {
    public var status: Int32
    public var output: String
    public var error: String
    /// Whether a signal ended it (`status` is then the signal's number).
    public var signalled = false

    /// Runs an executable to completion, feeding `input` on standard input.
    public static func run(
        _ executable: URL, _ arguments: [String], input: String = "", environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> CommandRun {
        try RunningCommand(executable, arguments, input: input, environment: environment, directory: directory).wait()
    }

    /// Runs the built `assessor` executable.
    public static func assessor(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], directory: URL? = nil
    ) throws -> CommandRun {
        try run(BuiltProducts.assessor, arguments, input: input, environment: environment, directory: directory)
    }
}

extension TemporaryFolder {
    /// `acme.assessment` made here with `assessor new` (Acme, 40 people, `standards`); its path.
    public func newAssessment(standards: String = "iso42001") throws -> String {
        let file = path("acme.assessment").path
        let created = try CommandRun.assessor(["new", file, "--org", "Acme", "--standards", standards, "--employees", "40"])
        guard created.status == 0 else { throw CommandFailed(description: "assessor new failed: \(created.error)") }
        return file
    }
}

/// A command a test needed did not succeed.
public struct CommandFailed: Error, CustomStringConvertible {
    public var description: String
}
