import AssessorTestSupport
import Foundation
import Testing

/// Each case that used to give an unclear message now says what happened, where, and what to do.
@Suite struct ClearMessagesTests {
    let folder: TemporaryFolder
    let assessment: String

    init() throws {
        folder = try TemporaryFolder()
        assessment = try folder.newAssessment()
    }

    @Test func aBrokenModuleGivenWithModulesFailsTheCommand() throws {
        let broken = ModulesCommandTests.broken.path
        for arguments in [["status", assessment, "--modules", broken], ["modules", "list", "--modules", broken]] {
            let run = try CommandRun.assessor(arguments)
            #expect(run.status == 1, "\(arguments[0])")
            #expect(run.error.contains("\(broken):21:9: error: unknown key 'promt'"))
        }
        #expect(try CommandRun.assessor(["status", assessment, "--modules", broken]).error
            .hasSuffix("Error: a module given with --modules has errors (above); fix it, or leave it out of --modules\n"))
    }

    @Test func aModuleThatIsAFIFOSaysSoAtOnce() throws {
        let fifo = folder.path("pipe.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = try CommandRun.assessor(["modules", "validate", fifo])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("\(fifo):1:1: error: the module file is a named pipe (FIFO), not a regular file; a module is a YAML file\n"))
    }

    @Test func oneYAMLAliasGivesOneDiagnostic() throws {
        let module = try folder.write("alias.yaml", """
            schema_version: 1
            module: {id: al, kind: scoping, title: Alias, version: 1.0.0}
            questions:
              - &q {id: al.q1, prompt: P, scale: sliding}
            \(String(repeating: "  - *q\n", count: 9))
            """)
        let run = try CommandRun.assessor(["modules", "validate", module.path])
        #expect(run.status == 1)
        #expect(run.output == "\(module.path):4:5: error: the anchor '&q' and its aliases are not used in module files; "
                + "write each value out where it is needed\n1 file checked: 1 error, 0 warnings\n")
    }

    @Test func anIdWithInvisibleCharactersIsRefusedWithItsLineAndColumn() throws {
        let module = try folder.write("bidi.yaml", """
            schema_version: 1
            module: {id: bd, kind: scoping, title: Bidi, version: 1.0.0}
            questions:
              - {id: "bd.q1\u{202E}evil", prompt: P, scale: yes_no}
            """)
        let run = try CommandRun.assessor(["modules", "validate", module.path])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("\(module.path):4:10: error: 'id' in question bd.q1\\u{202E}evil is 'bd.q1\\u{202E}evil'; "
                                     + "an id may use only letters, digits and . _ - :"), "\(run.output)")
    }

    @Test func aCSVSheetWithTextAfterAClosingQuoteIsReportedAtItsLine() throws {
        let sheet = try folder.write("sheet.csv", "question,value\nscope.sites,2\n\"scope.sector\" ,software\nhs.4.1.q1,largely\n")
        let run = try CommandRun.assessor(["answer", assessment, "--from", sheet.path])
        #expect(run.status == 1)
        #expect(run.error == "Error: \(sheet.path):3: ' ' after a closing quote; put the whole field in quotes and nothing "
                + "between the quote and the comma (\"scope.sites\",2); nothing was saved\n")
    }
}
