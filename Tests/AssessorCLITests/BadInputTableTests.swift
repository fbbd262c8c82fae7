import AssessorTestSupport
import Foundation
import Testing

/// Bad input to every command: a missing file, a file that is not an assessment, a folder where a
/// file is expected, an unknown standard or question, a bad value, an output the report cannot
/// write. Each is one line saying what, to which file or id, and what to do; the exit status is
/// not 0; and the assessment, the other files and the folder are as they were.
@Suite struct BadInputTableTests {
    /// One case: arguments, where `FILE` is an assessment with an answer, `TEXT` a text file,
    /// `FOLDER` a folder and `MISSING` a path that does not exist; the exit status; what the
    /// first line of standard error says.
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var status: Int32
        var message: String
        init(_ arguments: String, _ status: Int32 = 1, _ message: String) {
            self.arguments = arguments.split(separator: " ").map(String.init)
            self.status = status
            self.message = message
        }
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let missing = "MISSING does not exist; create it with 'assessor new MISSING --org NAME --standards ...'"
    static let notAssessment = "TEXT is not an assessment file; check the name, or create one with 'assessor new'"
    static let folder = "FOLDER is a folder, not an assessment file; give the path of the assessment file itself"
    static let unknownStandard = "'nist' is not a loaded standard; choose among iso27001, iso42001, iso9001, or load its module"

    static let cases: [Case] = ["interview", "answer", "import", "evidence", "status", "history", "score", "estimate", "report"]
        .flatMap { command in
            let extra = command == "answer" ? " scope.sites 2" : command == "import" ? " TEXT" : ""
            return [Case("\(command) MISSING\(extra)", 1, missing), Case("\(command) TEXT\(extra)", 1, notAssessment),
                    Case("\(command) FOLDER\(extra)", 1, folder)]
        } + [
            Case("new MISSING --org X --standards iso42001,nist", 1, unknownStandard),
            Case("interview MISSING --new --org X --standards nist", 1, unknownStandard),
            Case("demo MISSING --standards nist", 1, unknownStandard),
            Case("new FOLDER/none/x.assessment --org X --standards iso42001", 1,
                 "FOLDER/none/x.assessment cannot be created: the folder FOLDER/none does not exist; create it first"),
            Case("demo MISSING --employees 99999999999", 1, "--employees 99999999999: '99999999999' is not an answer to "
                 + "scope.employees; answer a whole number from 1 to 10,000,000 or dont_know; nothing was created"),
            Case("new MISSING --org X --standards iso42001 --sites 20000", 1, "--sites 20000: '20000' is not an answer to "
                 + "scope.sites; answer a whole number from 1 to 10,000 or dont_know; nothing was created"),
            Case("answer FILE scope.employees 1e30", 1, "'1e30' is not an answer to scope.employees; answer a whole number "
                 + "from 1 to 10,000,000 or dont_know"),
            Case("new MISSING --org X --standards iso42001 --employees 0", 1,
                 "--employees 0: '0' is not an answer to scope.employees; answer a whole number from 1 to 10,000,000 or dont_know; nothing was created"),
            Case("answer FILE iso42001.99.q1 fully", 1, "no question 'iso42001.99.q1' in this assessment; did you mean"),
            Case("history FILE iso42001.99.q1", 1, "no question 'iso42001.99.q1' in this assessment; did you mean"),
            Case("answer FILE iso42001.4.1.q1 maybe", 1,
                 "'maybe' is not an answer to iso42001.4.1.q1; answer not_in_place, partially, largely, fully or dont_know"),
            Case("answer FILE iso27001.A.7.4.q1 na", 1, "without a justification"),
            Case("answer FILE --from FOLDER/sheet.csv", 1, "FOLDER/sheet.csv is a folder; give --from the sheet file itself"),
            Case("answer FILE --from MISSING.csv", 1, "MISSING.csv does not exist; check the name of the sheet"),
            Case("score FILE --scorer nope", 1, "no scorer 'nope'; available: builtin"),
            Case("estimate FILE --currency XYZ", 1, "the cost profile has no rates for 'XYZ'; use one of EUR, GBP, USD"),
            Case("estimate FILE --profile MISSING", 1, "MISSING:1:1: error: cannot read the cost profile; check the path"),
            Case("report FILE --sections summary,bogus", 64, "'bogus' is not a report section"),
            Case("report FILE --template TEXT", 64, "Please give --template an existing folder of .mustache files"),
            Case("report FILE --output FILE", 1, "FILE is an assessment file, which the report would replace; give --output another path"),
            Case("report FILE --output FOLDER", 1, "FOLDER is a folder; give --output a file name, such as FOLDER/report.html"),
            Case("report FILE --format csv --output TEXT", 1, "TEXT is a file; a csv report is a folder of tables"),
            Case("report FILE --format docx --output FOLDER/none/r.docx", 1,
                 "cannot write the report to FOLDER/none/r.docx: the folder FOLDER/none does not exist; create it or give --output"),
            Case("report FILE --output /proc/x", 1,
                 "Error: cannot write the report to /proc/x: no such file or directory; choose another --output"),
            Case("evidence FILE accept nothing.docx iso27001:A.5.1", 1, "Error: no evidence item 'nothing.docx' in FILE; 'assessor evidence FILE' lists them"),
            Case("evidence FILE accept 1 iso27001:Z.9", 1,
                 "Error: no requirement iso27001:Z.9 in iso27001; ids look like iso27001:4.1; 'assessor evidence FILE' lists each item's suggested matches"),
            Case("evidence FILE reject 1 iso9001:7.5", 1,
                 "Error: iso9001:7.5 is not in the scope of FILE (its standards: iso42001, iso27001); name a requirement of one of them"),
        ]

    @Test(arguments: cases)
    func isOneClearLineAndLosesNothing(_ bad: Case) throws {
        let folder = try TemporaryFolder()
        let file = folder.path("acme.assessment").path
        let created = try CommandRun.assessor(["new", file, "--org", "Acme", "--standards", "iso42001,iso27001", "--employees", "40"])
        #expect(created.status == 0, "\(created.error)")
        let text = try folder.write("notes.txt", "meeting notes\n")
        try FileManager.default.createDirectory(at: folder.path("folder/sheet.csv"), withIntermediateDirectories: true)
        let places = ["FILE": file, "TEXT": text.path, "FOLDER": folder.path("folder").path, "MISSING": folder.path("missing").path]
        let fill = { (text: String) in places.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) } }
        let history = try CommandRun.assessor(["history", file]).output
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()

        let run = try CommandRun.assessor(bad.arguments.map(fill))
        #expect(run.status == bad.status)
        let lines = run.error.split(separator: "\n")
        #expect(lines.first?.contains(fill(bad.message)) == true, "\(run.error)")
        if bad.status == 1 { #expect(lines.count == 1 && run.output.isEmpty, "one line and nothing else:\n\(run.output)\(run.error)") }

        #expect(try CommandRun.assessor(["history", file]).output == history, "the answers are as they were")
        #expect(try String(contentsOf: text, encoding: .utf8) == "meeting notes\n")
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(after.filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") } == listing.filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") },
                "nothing created, nothing removed")
    }
}
