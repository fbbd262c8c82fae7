import AssessorCore
import Foundation

/// The process holding an assessment's lock, as the kernel reports it in `/proc/locks` (Linux):
/// its process id and, from `/proc/PID/cmdline`, the command it runs (`assessor import`).
public struct LockHolder: Sendable, Hashable {
    public var pid: Int32
    /// The program and its subcommand, when they can be read.
    public var command: String?

    public init(pid: Int32, command: String? = nil) {
        self.pid = pid
        self.command = command
    }

    /// `` `assessor import` (pid 4312) ``, or `process 4312`.
    public var description: String {
        command.map { "`\(TerminalSafe.escaped($0))` (pid \(pid))" } ?? "process \(pid)"
    }

    /// The holder of a `flock` write lock on the file open at `descriptor`; nil when none is listed.
    static func find(for descriptor: Int32) -> LockHolder? {
        var status = stat()
        guard fstat(descriptor, &status) == 0,
              let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        let device = UInt64(status.st_dev)
        let major = (device >> 8) & 0xFFF | (device >> 32) & ~0xFFF
        let minor = device & 0xFF | (device >> 12) & ~0xFF
        let key = String(format: "%02llx:%02llx:%llu", major, minor, UInt64(status.st_ino))
        for line in locks.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            // "1: FLOCK  ADVISORY  WRITE 4312 fe:00:16220441 0 EOF"; waiting requests carry "->".
            guard fields.count >= 6, fields[1] == "FLOCK", fields[5] == key, let pid = Int32(fields[4]) else { continue }
            return of(pid: pid)
        }
        return nil
    }

    /// The running process `pid`, with its command when `/proc` tells it.
    public static func of(pid: Int32) -> LockHolder {
        LockHolder(pid: pid, command: command(of: pid))
    }

    /// The program's name and its first argument when that is a subcommand (`assessor import`).
    private static func command(of pid: Int32) -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { return nil }
        let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        guard let program = arguments.first.map({ URL(fileURLWithPath: $0).lastPathComponent }) else { return nil }
        let subcommand = arguments.dropFirst().first.flatMap { $0.hasPrefix("-") || $0.contains("/") ? nil : $0 }
        return [program, subcommand].compactMap { $0 }.joined(separator: " ")
    }
}
