import AssessorCore
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// An assessment file of the pilot standards, driven through the built `assessor`.
struct PilotFile {
    let folder: TemporaryFolder
    let file: URL
    let environment: [String: String]

    /// Creates the file with `assessor new` (25 employees, 1 site), with the pilot modules on the search path.
    init(modules: URL = Pilot.folder, standards: String = "pilota,pilotb") throws {
        folder = try TemporaryFolder()
        file = folder.path("pilot.assessment")
        environment = ["ASSESSOR_MODULE_PATH": modules.path]
        let created = try run(["new", file.path, "--org", "Pilot Ltd", "--standards", standards, "--employees", "25",
                               "--sites", "1", "--assessor", "ana"])
        #expect(created.status == 0, "\(created.error)")
    }

    func run(_ arguments: [String], input: String = "") throws -> CommandRun {
        try CommandRun.assessor(arguments, input: input, environment: environment)
    }

    /// `assessor interview` with `lines` piped in, one per line.
    func interview(_ lines: [String], _ options: [String] = []) throws -> CommandRun {
        try run(["interview", file.path, "--assessor", "ana"] + options, input: lines.map { $0 + "\n" }.joined())
    }

    func answers() throws -> [String: Answer] {
        try AssessmentStore.open(at: file, readOnly: true).answers()
    }
}
