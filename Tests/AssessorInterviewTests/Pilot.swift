import AssessorCore
import AssessorInterview
import AssessorStore
import AssessorTestSupport
import Foundation

/// The pilot questionnaire beside these tests: a scoping question, a shared question, and two
/// standards with a strong and a partial mapping, skip logic, numbers, maturity and text.
enum Pilot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/pilot")

    static let catalog = ModuleLoader.load([ModuleSource(url: folder, origin: .option)]).catalog

    static func plan(_ standards: [String] = ["pilota", "pilotb"]) -> InterviewPlan {
        InterviewPlan(catalog: catalog, standards: standards)
    }

    /// A new assessment file of the pilot standards in `folder`.
    static func assessment(in folder: TemporaryFolder, standards: [String] = ["pilota", "pilotb"]) throws -> Assessment {
        try Assessment.create(at: folder.path("pilot.assessment"), organisation: "Pilot Ltd", standards: standards,
                                  catalog: catalog, person: "tester")
    }

    static func given(_ id: String, _ value: AnswerValue) -> Answer {
        Answer(questionID: id, value: value)
    }
}
