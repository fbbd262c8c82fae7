import ArgumentParser
import AssessorCore
import AssessorInterview
import AssessorQuestionnaires
import AssessorStore
import Foundation
import GRDB

/// `assessor-bench answers`: the cost of recording one answer in an assessment file (target: well
/// under 10 ms), each in its own transaction on a real file, against a bare one-row INSERT in its
/// own transaction on the same kind of database (SQLite in WAL mode through GRDB, the log synced
/// at each commit) as the floor, and the same INSERT without that sync (GRDB's default) to show
/// what surviving a power cut costs.
struct AnswersBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answers", abstract: "Time recording one answer (one transaction each) in an assessment file.")

    @Option(help: "Answers recorded per measurement.") var count = 1_000
    @Option(help: "Folder for the temporary files (default: the system's temporary folder).") var folder: String?

    func run() throws {
        let base = URL(fileURLWithPath: folder ?? NSTemporaryDirectory())
            .appendingPathComponent("assessor-bench-\(getpid())")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let catalog = ModuleLoader.load(ModuleSource.searchPath(
            builtIn: BuiltInQuestionnaires.directory, environment: [:], options: [])).catalog
        let assessment = try Assessment.create(
            at: base.appendingPathComponent("bench.assessment"), organisation: "Bench Ltd",
            standards: ["iso42001", "iso27001"], catalog: catalog, person: "bench", exclusive: true)
        let questions = assessment.plan.items.map(\.question).filter { $0.scale.kind == .conformity }
        let levels = ConformityLevel.allCases
        let answer = { (index: Int) in
            Answer(questionID: questions[index % questions.count].id, value: .conformity(levels[(index / questions.count + index) % 4]))
        }

        var index = 0
        let store = try Measurement.of(runs: count, warmups: 10) {
            index += 1
            try assessment.store.record(answer(index), by: "bench")
        }
        let recorder = try AnswerRecorder(assessment: assessment, person: "bench")
        let interview = try Measurement.of(runs: count, warmups: 10) {
            index += 1
            try recorder.record(answer(index))
        }
        let floor = try bareInsert(in: base.appendingPathComponent("full.sqlite"), synchronous: "FULL")
        let unsynced = try bareInsert(in: base.appendingPathComponent("normal.sqlite"), synchronous: "NORMAL")

        print("Recording one answer, one transaction each, \(count) answers per line, in \(base.path):")
        print("  store.record (answer + history row)          \(store.perAnswer)")
        print("  AnswerRecorder.record (check, pre-fill, save) \(interview.perAnswer)")
        print("  floor: bare INSERT, synchronous=FULL          \(floor.perAnswer)")
        print("  bare INSERT, synchronous=NORMAL (no fsync)    \(unsynced.perAnswer)")
        print(String(format: "store.record / floor: %.2f (median); store.record median = %.0f%% of the 10 ms target, p99 = %.0f%%",
                     store.median / floor.median, store.median / 0.010 * 100, store.percentile(0.99) / 0.010 * 100))
    }

    /// One-row INSERTs, each in its own transaction, on a WAL database.
    private func bareInsert(in url: URL, synchronous: String) throws -> Measurement {
        let pool = try DatabasePool(path: url.path)
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = \(synchronous)") }
        try pool.write { try $0.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, question TEXT, value TEXT)") }
        var index = 0
        return try Measurement.of(runs: count, warmups: 10) {
            index += 1
            try pool.write { try $0.execute(sql: "INSERT INTO t (question, value) VALUES (?, ?)", arguments: ["q\(index)", "fully"]) }
        }
    }
}

extension Measurement {
    /// The value below which `fraction` of the samples fall.
    func percentile(_ fraction: Double) -> Double {
        let sorted = samples.sorted()
        return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    /// `median 0.42 ms, p99 1.10 ms, max 3.00 ms`.
    var perAnswer: String {
        String(format: "median %.3f ms, p99 %.3f ms, max %.3f ms", median * 1000, percentile(0.99) * 1000, maximum * 1000)
    }
}
