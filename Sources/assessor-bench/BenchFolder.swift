import AssessorCore
import AssessorStore
import Foundation

/// A temporary folder for a benchmark's generated files and assessments, removed at the end.
final class BenchFolder {
    let url: URL
    private var assessments = 0

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("assessor-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A new, empty assessment of all three standards.
    func freshAssessment() throws -> String {
        assessments += 1
        let file = url.appendingPathComponent("bench-\(assessments).assessment")
        _ = try AssessmentStore.create(at: file, profile: AssessmentProfile(
            organisation: "Bench", standards: ["iso42001", "iso27001", "iso9001"], createdBy: "bench"))
        return file.path
    }

    /// An executable built beside this one (`assessor`).
    static func sibling(_ name: String) -> String {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent(name).path
    }

    /// The paths that exist, relative ones from the current folder.
    static func existing(_ paths: [String]) -> [URL] {
        paths.map { URL(fileURLWithPath: $0) }.filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}

extension CommandMeasurement {
    /// The run with the median time of `runs` runs; fails when a run fails.
    static func median(runs: Int, _ body: () throws -> CommandMeasurement) throws -> CommandMeasurement {
        var results: [CommandMeasurement] = []
        for _ in 0..<runs {
            let run = try body()
            guard run.status == 0 else { throw BenchError("a measured command failed (status \(run.status))") }
            results.append(run)
        }
        return results.sorted { $0.seconds < $1.seconds }[results.count / 2]
    }
}
