import Foundation

/// A child process whose standard output and error are collected as they come, so that a test
/// can watch it, type into it, or kill it at any moment.
public final class RunningCommand: @unchecked Sendable {
    public let process: Process
    private let input: FileHandle
    private let output: OutputCollector
    private let error: OutputCollector

    /// Starts `executable`; `input`, when given, is written at once and standard input closed.
    public init(_ executable: URL, _ arguments: [String], input text: String? = nil, environment: [String: String] = [:],
                directory: URL? = nil) throws {
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        input = stdin.fileHandleForWriting
        output = OutputCollector(stdout.fileHandleForReading)
        error = OutputCollector(stderr.fileHandleForReading)
        if let text { try type(text); closeInput() }
    }

    /// Starts the built `assessor`.
    public static func assessor(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> RunningCommand {
        try RunningCommand(BuiltProducts.assessor, arguments, input: input, environment: environment)
    }

    public var pid: Int32 { process.processIdentifier }

    /// Writes to the child's standard input (SIGPIPE must be ignored if the child may be gone).
    public func type(_ text: String) throws {
        try input.write(contentsOf: Data(text.utf8))
    }

    public func closeInput() {
        try? input.close()
    }

    /// What the child has printed on standard output so far.
    public var outputSoFar: String { output.snapshot() }

    /// Waits until standard output contains `text`; false after `seconds`.
    public func waitForOutput(containing text: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if outputSoFar.contains(text) { return true }
            usleep(1_000)
        }
        return false
    }

    public func kill(_ signal: Int32 = SIGKILL) {
        Foundation.kill(process.processIdentifier, signal)
    }

    /// Waits for the child to end and returns everything it printed.
    public func wait() -> CommandRun {
        closeInput()
        process.waitUntilExit()
        return CommandRun(status: process.terminationStatus, output: output.text(), error: error.text(),
                          signalled: process.terminationReason == .uncaughtSignal)
    }
}

/// Reads a pipe on another thread until its end, so that no pipe of a child fills up and blocks it.
final class OutputCollector: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)

    /// Reads with read(2), which also ends cleanly on a pseudo-terminal whose other side closed (EIO).
    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(handle.fileDescriptor, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                lock.withLock { data.append(contentsOf: buffer[0..<count]) }
            }
            done.signal()
        }
    }

    func snapshot() -> String {
        lock.withLock { String(decoding: data, as: UTF8.self) }
    }

    /// Everything, once the pipe has ended.
    func text() -> String {
        done.wait()
        return snapshot()
    }
}
