import Foundation

/// Runs a command with a pseudo-terminal as its standard input, output and error, as in a real
/// terminal window: `isatty` is true there. The input is typed ahead; the terminal echoes it.
public enum PseudoTerminal {
    public static func run(_ executable: URL, _ arguments: [String], input: String,
                           environment: [String: String] = [:]) throws -> String {
        let master = LibC.posixOpenpt(O_RDWR | O_NOCTTY)
        guard master >= 0, LibC.grantpt(master) == 0, LibC.unlockpt(master) == 0, let name = LibC.ptsname(master) else {
            throw PseudoTerminalError(message: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw PseudoTerminalError(message: "cannot open \(String(cString: name))") }
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        try terminal.close()
        let screen = OutputCollector(FileHandle(fileDescriptor: master, closeOnDealloc: false))
        _ = input.withCString { write(master, $0, strlen($0)) }
        process.waitUntilExit()
        let text = screen.text()
        close(master)
        return text
    }
}

public struct PseudoTerminalError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The C library's pseudo-terminal functions, which Swift's Glibc module leaves out (they sit
/// behind `_XOPEN_SOURCE`): looked up by name in the running process.
private enum LibC {
    typealias OpenFunction = @convention(c) (Int32) -> Int32
    typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static let posixOpenpt = function("posix_openpt", as: OpenFunction.self)
    static let grantpt = function("grantpt", as: OpenFunction.self)
    static let unlockpt = function("unlockpt", as: OpenFunction.self)
    static let ptsname = function("ptsname", as: NameFunction.self)

    private static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { fatalError("the C library has no \(name)") }
        return unsafeBitCast(symbol, to: type)
    }
}
