import Foundation

/// Timing of repeated runs: the median and the spread, in seconds.
struct Measurement: CustomStringConvertible {
    var samples: [Double]

    var median: Double {
        let sorted = samples.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    var minimum: Double { samples.min() ?? 0 }
    var maximum: Double { samples.max() ?? 0 }

    var description: String {
        String(format: "median %.2f ms (min %.2f, max %.2f, %d runs)", median * 1000, minimum * 1000, maximum * 1000, samples.count)
    }

    /// Runs `body` `runs` times after `warmups` unmeasured runs.
    static func of(runs: Int, warmups: Int = 1, _ body: () throws -> Void) rethrows -> Measurement {
        for _ in 0..<warmups { try body() }
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Measurement(samples: samples)
    }
}

/// Runs a command to completion and reports its wall time and peak memory (maximum resident set).
struct CommandMeasurement {
    var seconds: Double
    var peakMemoryBytes: Int
    var status: Int32

    /// The command's standard output and error go to /dev/null.
    static func run(_ executable: String, _ arguments: [String]) throws -> CommandMeasurement {
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else {
            throw BenchError("cannot start \(executable)")
        }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { throw BenchError("cannot wait for \(executable)") }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return CommandMeasurement(seconds: seconds, peakMemoryBytes: Int(usage.ru_maxrss) * 1024, status: status)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Measurement {
    /// Runs an async `body` `runs` times after `warmups` unmeasured runs.
    static func of(runs: Int, warmups: Int = 1, _ body: () async throws -> Void) async rethrows -> Measurement {
        var samples: [Double] = []
        for index in 0..<(warmups + runs) {
            let start = ContinuousClock.now
            try await body()
            let elapsed = ContinuousClock.now - start
            if index >= warmups {
                samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
        }
        return Measurement(samples: samples)
    }
}
