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

    @Test func aMistakeInAnAliasedNodeIsReportedOnce() throws {
        let module = try folder.write("alias.yaml", """
            schema_version: 1
            module: {id: al, kind: scoping, title: Alias, version: 1.0.0}
            questions:
              - &q {id: al.q1, prompt: P, scale: sliding}
            \(String(repeating: "  - *q\n", count: 9))
            """)
        let run = try CommandRun.assessor(["modules", "validate", module.path])
        #expect(run.status == 1)
        #expect(run.output == "\(module.path):4:38: error: 'sliding' is not a valid 'scale' in question al.q1; use one of: "
                + "conformity, maturity, yes_no, number, choice, multi_choice, text\n"
                + "\(module.path):4:13: error: duplicate question id 'al.q1'\n1 file checked: 2 errors, 0 warnings\n",
                "each mistake once, however often the alias is used")
    }

    @Test func anAliasBombIsOneLine() throws {
        let levels = (1...9).map { level in "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ",") + "]" }
        let module = try folder.write("bomb.yaml", "l0: &l0 [x]\n" + levels.joined(separator: "\n") + "\n")
        let run = try CommandRun.assessor(["modules", "validate", module.path])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("\(module.path):1:1: error: the file's aliases (*name) expand to more than 1000000 values; "
                                     + "write the values out instead\n"))
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
