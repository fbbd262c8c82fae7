import AssessorCore
import AssessorScoring
import AssessorScoringContract
import AssessorTestSupport
import Foundation
import Testing

/// Loads real plugins through `dlopen` in probe processes run by the built `assessor` binary.
@Suite struct PluginHostTests {
    let runner = PluginRunner(executable: BuiltProducts.assessor, timeoutSeconds: 20)

    @Test func loadsTheAuditorPluginThePackageBuilds() async throws {
        let plugin = try await PluginScorer(path: BuiltProducts.auditorPlugin.path, runner: runner)
        #expect(plugin.description.id == "auditor")
        #expect(plugin.description.schemaVersion == ScoringContract.schemaVersion)
        let request = ScoringRequest(standards: [.init(id: "iso27001", title: "ISO/IEC 27001", requirements: [
            .init(id: "5.2", title: "Policy", kind: "clause", section: "5", documentedInformation: true, weight: 1,
                  work: "document", questions: [.init(id: "q", scale: "conformity", answer: "fully", fraction: 1,
                                                     dontKnow: false, notApplicable: false, justification: "")],
                  acceptedEvidence: 0),
        ])])
        let response = try await plugin.score(request)
        #expect(response.requirements.map(\.finding?.severity) == [.blocker],
                "in place but not evidenced mandatory documentation blocks Stage 1 in the auditor's view")
    }

    @Test func findsBuiltPluginsBesideTheExecutable() async {
        let registry = await ScorerRegistry.load(
            PluginSource.searchPath(executableFolder: BuiltProducts.folder, environment: [:], options: []), runner: runner)
        #expect(registry.scorers.map(\.description.id) == ["builtin", "auditor"])
        #expect(registry.failures.isEmpty)
    }

    @Test func eachBrokenPluginIsReportedByFileAndTheOthersStillLoad() async throws {
        let folder = try TemporaryFolder()
        try CPlugin.build(CPlugin.source(), name: "good", in: folder.url)
        try CPlugin.build(CPlugin.source(omit: "assessor_plugin_score"), name: "missing-symbol", in: folder.url)
        try CPlugin.build(CPlugin.source(abiVersion: "7"), name: "wrong-abi", in: folder.url)
        try CPlugin.build(CPlugin.source(describe: "{not json"), name: "malformed-json", in: folder.url)
        try CPlugin.build(CPlugin.source(constructor: "*(volatile int *)0 = 1;"), name: "crash-on-load", in: folder.url)
        try folder.write("not-a-library.so", "this is text")

        let registry = await ScorerRegistry.load([PluginSource(url: folder.url, origin: .option)], runner: runner)
        #expect(registry.scorers.map(\.description.id) == ["builtin", "fixture"])
        let problems = Dictionary(uniqueKeysWithValues: registry.failures.map {
            (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason)
        })
        #expect(problems["missing-symbol.so"] == .missingSymbol("assessor_plugin_score"))
        #expect(problems["wrong-abi.so"] == .abiVersion(found: 7, expected: 1))
        #expect(problems["crash-on-load.so"] == .crashed(signal: SIGSEGV))
        guard case .malformedJSON(let function, _)? = problems["malformed-json.so"] else {
            Issue.record("malformed JSON not reported: \(String(describing: problems["malformed-json.so"]))")
            return
        }
        #expect(function == "assessor_plugin_describe")
        guard case .cannotOpen? = problems["not-a-library.so"] else {
            Issue.record("a file that is no library was not reported")
            return
        }
        for failure in registry.failures { #expect(failure.description.hasPrefix(folder.url.path)) }
    }

    @Test func aPluginThatHangsIsStopped() async throws {
        let folder = try TemporaryFolder()
        let library = try CPlugin.build(CPlugin.source(constructor: "for (;;) {}"), name: "hang", in: folder.url)
        let quick = PluginRunner(executable: BuiltProducts.assessor, timeoutSeconds: 1)
        await #expect(throws: PluginError(path: library.path, reason: .timedOut(seconds: 1))) {
            try await PluginScorer(path: library.path, runner: quick)
        }
    }
}
