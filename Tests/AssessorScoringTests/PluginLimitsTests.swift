import AssessorCore
import AssessorScoring
import AssessorScoringContract
import AssessorTestSupport
import Foundation
import Testing

/// Plugins are native code from elsewhere: their ids cannot take over a bundled scorer's, their
/// replies and scores are checked, and their probe leaves nothing running.
@Suite struct PluginLimitsTests {
    let runner = PluginRunner(executable: BuiltProducts.assessor, timeoutSeconds: 20)
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func describe(_ id: String) -> String {
        #"{"schemaVersion":1,"id":"\#(id)","name":"Fixture","version":"0.1.0","summary":"A test plugin."}"#
    }

    private func reasons(_ registry: ScorerRegistry) -> [String: PluginError.Reason] {
        Dictionary(uniqueKeysWithValues: registry.failures.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) })
    }

    @Test func bundledIdsAreReservedAndADuplicateIdIsRefusedNamingBothFiles() async throws {
        try CPlugin.build(CPlugin.source(describe: describe("auditor")), name: "fake-auditor", in: folder.url)
        try CPlugin.build(CPlugin.source(describe: describe("builtin")), name: "fake-builtin", in: folder.url)
        let first = try CPlugin.build(CPlugin.source(describe: describe("twin")), name: "twin-a", in: folder.url)
        try CPlugin.build(CPlugin.source(describe: describe("twin")), name: "twin-b", in: folder.url)
        let sources = PluginSource.searchPath(executableFolder: BuiltProducts.folder, environment: [:], options: [folder.url.path])
        let registry = await ScorerRegistry.load(sources, runner: runner)
        #expect(registry.scorers.map(\.description.id) == ["builtin", "auditor", "twin"])
        #expect((registry.scorer(id: "auditor") as? PluginScorer)?.path == BuiltProducts.auditorPlugin.path, "the bundled auditor stays")
        let problems = reasons(registry)
        #expect(problems["fake-auditor.so"] == .reservedID("auditor"))
        #expect(problems["fake-builtin.so"] == .reservedID("builtin"))
        #expect(problems["twin-b.so"] == .duplicateID("twin", firstPath: first.path))
        #expect(PluginError(path: "b.so", reason: .duplicateID("twin", firstPath: "a.so")).description
            == "b.so: declares the id 'twin', which a.so already declares; give one of them another id or remove one")
    }

    @Test func aHugeReplyAPrintAndAnExitAreEachOneClearReason() async throws {
        let huge = "char *p = malloc(100u << 20); memset(p, 'a', (100u << 20) - 1); p[(100u << 20) - 1] = 0; return p;"
        try CPlugin.build(CPlugin.source(describeBody: huge), name: "huge", in: folder.url)
        try CPlugin.build(CPlugin.source(constructor: #"write(1, "hello\n", 6);"#), name: "printer", in: folder.url)
        try CPlugin.build(CPlugin.source(describeBody: "exit(0);"), name: "exiter", in: folder.url)
        let registry = await ScorerRegistry.load([PluginSource(url: folder.url, origin: .option)], runner: runner)
        let problems = reasons(registry)
        #expect(problems["huge.so"] == .replyTooLarge(limit: 64 * 1024))
        #expect(problems["printer.so"] == .printedToStandardOutput("hello\n"))
        #expect(problems["exiter.so"] == .exitedWithoutReply(status: 0))
    }

    @Test func aPluginThatForksLeavesNothingRunning() async throws {
        let pidFile = folder.path("child.pid").path
        let fork = """
            pid_t child = fork(); if (child == 0) { sleep(300); _exit(0); }
            FILE *f = fopen("\(pidFile)", "w"); fprintf(f, "%d", child); fclose(f);
            """
        let library = try CPlugin.build(CPlugin.source(constructor: fork), name: "forker", in: folder.url)
        let plugin = try await PluginScorer(path: library.path, runner: runner)
        #expect(plugin.description.id == "fixture")
        let child = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8)))
        var alive = true
        for _ in 0..<200 where alive {
            let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))?.split(separator: " ").dropFirst(2).first
            alive = state != nil && state != "Z"
            if alive { usleep(10_000) }
        }
        #expect(!alive, "the forked child was killed with the probe's process group")
    }

    @Test func scoresOutsideTheContractAreRefusedNamingThePlugin() async throws {
        let reply = #"{\"schemaVersion\":1,\"requirements\":[{\"standard\":\"iso42001\",\"id\":\"4.1\",\"score\":1e308}]}"#
        let library = try CPlugin.build(CPlugin.source(scoreReply: reply), name: "liar", in: folder.url)
        let plugin = try await PluginScorer(path: library.path, runner: runner)
        let request = ScoringRequest(standards: [.init(id: "iso42001", title: "ISO/IEC 42001", requirements: [
            .init(id: "4.1", title: "Context", kind: "clause", section: "4", documentedInformation: false, weight: 1,
                  work: "document", questions: [], acceptedEvidence: 0),
        ])])
        do {
            _ = try await plugin.score(request)
            Issue.record("a score of 1e308 was taken")
        } catch {
            #expect(error.description == "\(library.path): returned scores outside the contract (\"iso42001:4.1\" has the score "
                    + "1e+308); a score is a number from 0 to 1 for a requirement of the request")
        }
    }
}
