import ArgumentParser
import AssessorCore
import AssessorReportFixtures
import AssessorReports
import Foundation

/// `assessor-bench reports`: for a full three-standard assessment with 1,000 evidence items, the
/// estimate behind the report (score, roll-up, cost profile, estimate), the report model, and every
/// format rendered and written to a temporary folder (target: well under one second in total,
/// release build). The issue names no peer program, so the ratio is to that target.
struct ReportsBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: "Time the estimate and every report format for a large assessment.")

    @Option(help: "Number of measured runs per step.") var runs = 10
    @Option(help: "Evidence items in the assessment.") var evidence = 1_000

    func run() async throws {
        let snapshot = ReportFixture.snapshot(evidence: evidence, catalog: ReportFixture.catalog())
        let inputs = ReportFixture.inputs(snapshot)
        var estimates = try await ReportFixture.estimates(for: snapshot).estimates
        let estimating = try await Measurement.of(runs: runs) { estimates = try await ReportFixture.estimates(for: snapshot).estimates }
        var model = ReportAssembler(inputs).assemble(estimates: estimates)
        let assembly = Measurement.of(runs: runs) { model = ReportAssembler(inputs).assemble(estimates: estimates) }
        print("model: \(model.gapAnalysis.count) gap rows, \(model.statementOfApplicability.count) SoA rows, "
              + "\(model.evidenceRegister.count) evidence documents, \(model.actionPlan.count) actions")
        print("estimate (score, roll up, load the cost profile, estimate): \(estimating)")
        print("assemble the model: \(assembly)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assessor-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var total = estimating.median + assembly.median
        for format in ReportFormat.allCases {
            var size = 0
            let measurement = try Measurement.of(runs: runs) {
                let output = try format.writer.render(model, options: ReportOptions())
                try output.save(to: OutputTarget(folder.appendingPathComponent(format.defaultOutputName(stem: "bench")).path,
                                                 shape: format.outputShape))
                size = output.byteCount
            }
            total += measurement.median
            print("\(format.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0)) \(measurement), \(size / 1024) KB")
        }
        print(String(format: "estimate, model and every format: %.1f ms in total (medians); %.2f of the 1 s target",
                     total * 1000, total))
    }
}
