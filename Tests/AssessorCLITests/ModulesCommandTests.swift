import AssessorTestSupport
import Foundation
import Testing

/// Runs the built `assessor` binary as a user would.
@Suite struct ModulesCommandTests {
    static let broken = BuiltProducts.repository.appendingPathComponent("Tests/AssessorCoreTests/Fixtures/broken/five-mistakes.yaml")

    @Test func listsTheBuiltInModulesAndTheBuiltPlugin() throws {
        let run = try CommandRun.assessor(["modules"])
        #expect(run.status == 0, "\(run.error)")
        for id in ["scope", "hs", "iso42001", "iso27001", "iso9001"] {
            #expect(run.output.contains("\n\(id) "), "module \(id) missing from:\n\(run.output)")
        }
        #expect(run.output.contains("auditor plugin"))
        #expect(run.output.contains("libAssessorPluginAuditor.so"))
    }

    @Test func listsAsJSONWithCounts() throws {
        let run = try CommandRun.assessor(["modules", "--json"])
        #expect(run.status == 0)
        let listing = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let questionnaires = try #require(listing?["questionnaires"] as? [[String: Any]])
        let scope = try #require(questionnaires.first { $0["id"] as? String == "scope" })
        #expect(scope["questions"] as? Int == 14)
        #expect(scope["origin"] as? String == "built-in")
    }

    @Test func validateReportsEveryMistakeAndExitsOne() throws {
        let run = try CommandRun.assessor(["modules", "validate", Self.broken.path])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").filter { $0.hasPrefix(Self.broken.path) }
        #expect(lines.count == 5, "\(run.output)")
        for line in lines {
            #expect(line.range(of: #"^\S+:\d+:\d+: error: "#, options: .regularExpression) != nil)
        }
        #expect(run.output.hasSuffix("1 file checked: 5 errors, 0 warnings\n"))
    }

    @Test func validatePassesTheShippedModules() throws {
        let folder = BuiltProducts.repository.appendingPathComponent("Questionnaires")
        let run = try CommandRun.assessor(["modules", "validate", folder.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasSuffix("5 files checked: 0 errors, 0 warnings\n"))
    }

    @Test func extraModulesComeFromTheOptionAndTheEnvironment() throws {
        let folder = try TemporaryFolder()
        try folder.write("soc2.yaml", """
            schema_version: 1
            module: {id: extra, kind: scoping, title: Extra, version: 3.1.0}
            questions: [{id: extra.q, prompt: P, scale: text}]
            """)
        let byOption = try CommandRun.assessor(["modules", "--modules", folder.url.path])
        #expect(byOption.output.contains("extra") && byOption.output.contains("--modules: \(folder.url.path)/soc2.yaml"))
        let byEnvironment = try CommandRun.assessor(["modules"], environment: ["ASSESSOR_MODULE_PATH": folder.url.path])
        #expect(byEnvironment.output.contains("ASSESSOR_MODULE_PATH: \(folder.url.path)/soc2.yaml"))
    }

    @Test func overridingABuiltInModuleWarnsWhichOneWins() throws {
        let folder = try TemporaryFolder()
        try folder.write("scope.yaml", """
            schema_version: 1
            module: {id: scope, kind: scoping, title: My scoping, version: 9.0.0}
            questions: [{id: my.q, prompt: P, scale: text}]
            """)
        let run = try CommandRun.assessor(["modules", "--modules", folder.url.path])
        #expect(run.status == 0)
        #expect(run.error.contains("\(folder.url.path)/scope.yaml:1:1: warning: module 'scope' overrides the one in"))
        #expect(run.error.contains("(built-in); this one is used"))
        #expect(run.output.contains("9.0.0"))
    }
}
