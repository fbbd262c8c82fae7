import ArgumentParser
import AssessorActions
import AssessorCore
import AssessorEstimate
import AssessorQuestionnaires
import AssessorScoring
import AssessorScoringContract
import Foundation

/// `assessor-bench estimate`: scoring and estimating a fully answered assessment of all three
/// standards, in-process and as whole `assessor score` / `assessor estimate` processes. No peer
/// estimates certification cost, so the ratio is against the issue's target of 100 ms.
struct EstimateBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate", abstract: "Time score + estimate of a three-standard assessment (target: well under 100 ms).")

    @Option(help: "Number of measured runs.") var runs = 50
    @Option(help: "Head count of the sample organisation.") var employees = 250

    static let target = 0.1

    func run() async throws {
        let catalog = ModuleLoader.load(ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:],
                                                                options: [])).catalog
        let standards = ["iso42001", "iso27001", "iso9001"]
        let sample = SampleAssessment(catalog: catalog, standards: standards, employees: employees, starting: .typical)
        let snapshot = sample.snapshot(catalog: catalog)
        var last: Estimate?
        let profileLoad = try Measurement.of(runs: runs) { _ = try CostProfileLoader.loadDefault() }
        let profile = try CostProfileLoader.loadDefault()
        let inProcess = try await Measurement.of(runs: runs, warmups: 3) {
            let readiness = try await ScoreAction(scorer: BuiltInScorer()).run(snapshot)
            last = try Estimator.estimate(readiness: readiness, scope: OrganisationScope(answers: sample.answers), profile: profile)
        }
        let requirements = last.map { $0.effort.items.count } ?? 0
        print("sample: \(standards.joined(separator: " + ")), \(employees) people, \(sample.answers.count) answers, "
              + "\(requirements) requirements with a gap")
        print("score + estimate in-process: \(inProcess); \(ratio(inProcess.median)) of the 100 ms target")
        print("cost profile load (YAML, checked): \(profileLoad)")
        try measureProcesses(standards: standards)
    }

    /// `assessor score` and `assessor estimate` as whole processes on a demo file.
    private func measureProcesses(standards: [String]) throws {
        let assessor = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("assessor").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assessor-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bench.assessment").path
        let demo = try CommandMeasurement.run(assessor, ["demo", file, "--standards", standards.joined(separator: ","),
                                                         "--employees", String(employees)])
        guard demo.status == 0 else { throw BenchError("assessor demo failed (status \(demo.status))") }
        for command in ["score", "estimate"] {
            var peak = 0
            let measurement = try Measurement.of(runs: max(10, runs / 2), warmups: 2) {
                let run = try CommandMeasurement.run(assessor, [command, file])
                guard run.status == 0 else { throw BenchError("assessor \(command) failed (status \(run.status))") }
                peak = max(peak, run.peakMemoryBytes)
            }
            print("assessor \(command) (whole process): \(measurement), peak RSS \(peak / 1_048_576) MiB; "
                  + "\(ratio(measurement.median)) of the 100 ms target")
        }
    }

    private func ratio(_ seconds: Double) -> String { String(format: "%.2f×", seconds / Self.target) }
}
