import AssessorCore
import AssessorTestSupport
import Foundation
import Testing

@Suite struct ModuleLoaderTests {
    @Test func aLaterModuleWithTheSameIdWinsWithAWarning() throws {
        let folder = try TemporaryFolder()
        try folder.write("first/x.yaml", "schema_version: 1\nmodule: {id: x, kind: scoping, title: First, version: 1}\nquestions: [{id: x.a, prompt: P, scale: text}]\n")
        try folder.write("second/x.yaml", "schema_version: 1\nmodule: {id: x, kind: scoping, title: Second, version: 2}\nquestions: [{id: x.b, prompt: P, scale: text}]\n")
        let result = ModuleLoader.load([
            ModuleSource(url: folder.path("first"), origin: .environment),
            ModuleSource(url: folder.path("second"), origin: .option),
        ])
        #expect(result.catalog.module("x")?.identity.title == "Second")
        #expect(result.origins["x"] == .option)
        #expect(result.catalog.questions["x.a"] == nil, "the overridden module's questions are gone")
        let warning = try #require(result.notices.first)
        #expect(warning.message.contains("overrides the one in \(folder.path("first/x.yaml").path) (ASSESSOR_MODULE_PATH)"))
        #expect(warning.location.file == folder.path("second/x.yaml").path)
    }

    @Test func aMissingFolderIsReportedAndTheRestLoads() {
        let result = ModuleLoader.load([
            ModuleSource(url: URL(fileURLWithPath: "/nonexistent/modules"), origin: .option),
            ModuleSource(url: Fixtures.folder.appendingPathComponent("tiny"), origin: .option),
        ])
        #expect(result.sourceErrors.map(\.description) == ["given folder /nonexistent/modules: no such file or folder"])
        #expect(result.catalog.module("alpha") != nil)
    }

    @Test func searchPathPutsOptionsAfterTheEnvironmentAfterBuiltIns() {
        let path = ModuleSource.searchPath(
            builtIn: URL(fileURLWithPath: "/built-in"), environment: ["ASSESSOR_MODULE_PATH": "/a:/b"], options: ["/c"])
        #expect(path.map(\.url.path) == ["/built-in", "/a", "/b", "/c"])
        #expect(path.map(\.origin) == [.builtIn, .environment, .environment, .option])
    }

    @Test func mappingsWorkBothWays() throws {
        let catalog = Fixtures.tinyCatalog().catalog
        let beta = RequirementReference(module: "beta", requirement: "A.1")
        #expect(catalog.mappings(of: beta) == [
            RequirementMapping(target: RequirementReference(module: "alpha", requirement: "A.5.1"), relation: .strong),
        ])
    }

    @Test func aDependencyCycleIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("c.yaml", """
            schema_version: 1
            module: {id: c, kind: scoping, title: C, version: 1}
            questions:
              - {id: c.a, prompt: P, scale: yes_no, depends_on: {question: c.b, equals: "yes"}}
              - {id: c.b, prompt: P, scale: yes_no, depends_on: {question: c.a, equals: "yes"}}
            """)
        let result = ModuleLoader.load([ModuleSource(url: folder.url, origin: .option)])
        #expect(result.errors.filter { $0.message.contains("cycle") }.count == 2)
    }
}
