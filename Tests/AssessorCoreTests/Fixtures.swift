import AssessorCore
import Foundation

/// The module files beside these tests.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A tiny catalog: a scoping module, a shared question, and two standards that share it.
    static func tinyCatalog() -> ModuleLoadResult {
        ModuleLoader.load([ModuleSource(url: folder.appendingPathComponent("tiny"), origin: .option)])
    }

    static func parse(_ yaml: String) -> (module: QuestionnaireModule?, diagnostics: [Diagnostic]) {
        ModuleParser.parse(yaml, file: "test.yaml")
    }
}
