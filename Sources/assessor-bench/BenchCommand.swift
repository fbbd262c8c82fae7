import ArgumentParser

/// `assessor-bench`: speed, memory and throughput measurements, each against the peer its issue
/// names, run in the same process so the ratio is fair. Build with `-c release` before measuring.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessor-bench",
        abstract: "Measure assessor's speed, memory and throughput against named peers.",
        discussion: "Run a release build: swift run -c release assessor-bench <benchmark>.",
        subcommands: [
            StartupBenchmark.self, AnswersBenchmark.self, ImportXMLBenchmark.self, ImportDocxBenchmark.self,
            EstimateBenchmark.self, ReportsBenchmark.self,
        ]
    )
}
