import AssessorTestSupport
import Foundation
import Testing

/// `ASSESSOR_LOG_LEVEL`: diagnostics on standard error through swift-log, never mixed into results.
@Suite struct DiagnosticLogTests {
    @Test func debugNamesEveryModuleAndPluginLoadedOnStandardErrorOnly() throws {
        let quiet = try CommandRun.assessor(["modules"])
        let logged = try CommandRun.assessor(["modules"], environment: ["ASSESSOR_LOG_LEVEL": "debug"])
        #expect(quiet.status == 0 && logged.status == 0)
        #expect(quiet.error.isEmpty)
        #expect(logged.output == quiet.output)
        let lines = logged.error.split(separator: "\n")
        for module in ["hs", "iso27001", "iso42001", "iso9001", "scope"] {
            #expect(lines.contains { $0.contains("loaded questionnaire module") && $0.contains("id=\(module) ") })
        }
        #expect(lines.contains { $0.contains("probed scoring plugin") && $0.contains("result=loaded auditor") })
    }

    @Test func aLevelAboveDebugKeepsTheDebugLinesOut() throws {
        let run = try CommandRun.assessor(["modules"], environment: ["ASSESSOR_LOG_LEVEL": "info"])
        #expect(run.status == 0)
        #expect(!run.error.contains("loaded questionnaire module"))
    }

    @Test func anUnknownLevelIsOneWarningAndTheCommandStillRuns() throws {
        let run = try CommandRun.assessor(["modules"], environment: ["ASSESSOR_LOG_LEVEL": "loud"])
        #expect(run.status == 0)
        #expect(run.output.contains("iso27001"))
        #expect(run.error == "warning: ASSESSOR_LOG_LEVEL='loud' is not a log level; use one of trace, debug, info, notice, warning, error, critical (logging stays off)\n")
    }
}
