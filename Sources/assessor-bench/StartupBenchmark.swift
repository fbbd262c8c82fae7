import ArgumentParser
import Foundation

/// `assessor-bench startup`: how long `assessor modules` takes as a whole process (target: well
/// under 100 ms in a release build).
struct StartupBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup", abstract: "Time 'assessor modules' as a whole process.")

    @Option(help: "Number of measured runs.") var runs = 30

    func run() throws {
        let assessor = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("assessor").path
        let measurement = try Measurement.of(runs: runs, warmups: 3) {
            let run = try CommandMeasurement.run(assessor, ["modules"])
            guard run.status == 0 else { throw BenchError("assessor modules failed (status \(run.status))") }
        }
        print("assessor modules (whole process): \(measurement)")
    }
}
