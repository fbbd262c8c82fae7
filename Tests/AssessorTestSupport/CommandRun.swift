import Foundation

/// The outcome of running a command: exit status, standard output and standard error.
public struct CommandRun: Sendable {
    public var status: Int32
    public var output: String
    public var error: String

    /// Runs an executable to completion, feeding `input` on standard input.
    public static func run(
        _ executable: URL, _ arguments: [String], input: String = "", environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> CommandRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = try stdout.fileHandleForReading.readToEnd() ?? Data()
        process.waitUntilExit()
        return CommandRun(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                          error: errorData.text())
    }

    /// Runs the built `assessor` executable.
    public static func assessor(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], directory: URL? = nil
    ) throws -> CommandRun {
        try run(BuiltProducts.assessor, arguments, input: input, environment: environment, directory: directory)
    }
}

/// Reads a pipe on another thread so that neither pipe of a child fills up and blocks it.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = (try? handle.readToEnd()) ?? Data()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
