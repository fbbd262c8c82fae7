import AssessorTestSupport
import Foundation
import Testing

@Suite struct PluginsCommandTests {
    @Test func listsTheBuiltPlugin() throws {
        let run = try CommandRun.assessor(["plugins"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("auditor") && run.output.contains("loaded"))
    }

    @Test func explainsABrokenPluginNamingItsFileAndExitsOne() throws {
        let folder = try TemporaryFolder()
        let library = try CPlugin.build(CPlugin.source(abiVersion: "2"), name: "old", in: folder.url)
        let run = try CommandRun.assessor(["plugins", "--plugins", folder.url.path])
        #expect(run.status == 1)
        #expect(run.output.contains("failed") && run.output.contains(library.path))
        #expect(run.output.contains("was built for plugin ABI version 2"))
        #expect(run.output.contains("auditor"), "the good plugin still loads")
        let listing = try CommandRun.assessor(["modules"], environment: ["ASSESSOR_PLUGIN_PATH": folder.url.path])
        #expect(listing.status == 0)
        #expect(listing.error.contains("warning: \(library.path): was built for plugin ABI version 2"))
    }
}
