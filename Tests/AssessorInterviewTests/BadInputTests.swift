import AssessorCore
import AssessorStore
import AssessorTestSupport
import Foundation
import GRDB
import Testing

/// Wrong values, unknown ids, broken sheets, files that are not assessments, and locked files:
/// each a clear message, a failing exit status where the command failed, and nothing saved lost.
@Suite struct BadInputTests {
    @Test func aWrongValueOrAnUnknownIdFailsAndKeepsTheAnswer() throws {
        let pilot = try PilotFile()
        #expect(try pilot.run(["answer", pilot.file.path, "ps.4.1.q1", "largely", "--note", "memo"]).output == "saved ps.4.1.q1 = largely\n")
        let wrong = try pilot.run(["answer", pilot.file.path, "ps.4.1.q1", "mostly-ish"])
        #expect(wrong.status == 1)
        #expect(wrong.error == "Error: 'mostly-ish' is not an answer to ps.4.1.q1; answer not_in_place, partially, largely, fully or dont_know\n")
        let unknown = try pilot.run(["answer", pilot.file.path, "ps.4.1.q2", "fully"])
        #expect(unknown.status == 1)
        #expect(unknown.error == "Error: no question 'ps.4.1.q2' in this assessment; did you mean ps.4.1.q1?\n")
        let outOfScope = try pilot.run(["answer", pilot.file.path, "iso9001.4.3.q1", "fully"])
        #expect(outOfScope.status == 1 && outOfScope.error.contains("iso9001.4.3.q1 is not asked in this assessment"))
        let noJustification = try pilot.run(["answer", pilot.file.path, "pilotb.B.1.q1", "na"])
        #expect(noJustification.status == 1 && noJustification.error.contains("without a justification"))
        let answer = try pilot.answers()["ps.4.1.q1"]
        #expect(answer?.value == .conformity(.largely) && answer?.note == "memo", "the note is kept too")
        #expect(try pilot.answers()["pilotb.B.1.q1"] == nil)
        let history = try pilot.run(["history", pilot.file.path, "ps.4.1.q9"])
        #expect(history.status == 1 && history.error.contains("did you mean ps.4.1.q1?"))
    }

    @Test func aSheetWithBrokenRowsSavesTheValidOnes() throws {
        let pilot = try PilotFile()
        let sheet = try pilot.folder.write("prefill.csv", """
            question,value,note,justification
            ps.4.1.q1,largely,scope memo,
            pilota.4.1.q1,many,,
            nowhere.q1,fully,,
            pilota.A.1.2.q1,na,,
            pilotb.B.1.q1,na,,"we do not release, we host"
            pilota.5.1.q1

            """)
        let run = try pilot.run(["answer", pilot.file.path, "--from", sheet.path])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("saved ps.4.1.q1 = largely\nsaved pilotb.B.1.q1 = na\n"))
        #expect(run.output.hasSuffix("prefill.csv: 2 saved, 0 unchanged, 4 with errors\n"))
        let errors = run.error.split(separator: "\n").map(String.init)
        #expect(errors.map { $0.components(separatedBy: ": ")[0] } == [3, 4, 5, 7].map { "\(sheet.path):\($0)" })
        #expect(errors[0].hasSuffix("'many' is not an answer to pilota.4.1.q1; answer a number from 0 to 1,000,000,000,000 or dont_know"))
        #expect(errors[1].contains("no question 'nowhere.q1'"))
        #expect(errors[2].contains("without a justification"))
        #expect(errors[3].hasSuffix("no value for pilota.5.1.q1"))
        let answers = try pilot.answers()
        #expect(answers["pilotb.B.1.q1"]?.justification == "we do not release, we host")
        #expect(answers["ps.4.1.q1"]?.note == "scope memo")
        #expect(answers.count == 4, "the two size answers of 'new' and the two valid rows")

        let yaml = try pilot.folder.write("more.yaml", "- {question: pilota.5.1.q1, value: 3}\n- {question: pilota.5.1.q1, value: 9}\n")
        let fromYAML = try pilot.run(["answer", pilot.file.path, "--from", yaml.path])
        #expect(fromYAML.status == 1 && fromYAML.error.hasPrefix("\(yaml.path):2: '9' is not an answer to pilota.5.1.q1"))
        #expect(try pilot.answers()["pilota.5.1.q1"]?.value == .maturity(3))
    }

    @Test func aSheetThatCannotBeReadChangesNothing() throws {
        let pilot = try PilotFile()
        let sheet = try pilot.folder.write("wrong.csv", "id,answer\nps.4.1.q1,fully\n")
        let run = try pilot.run(["answer", pilot.file.path, "--from", sheet.path])
        #expect(run.status == 1)
        #expect(run.error == "Error: \(sheet.path):1: unknown column 'id'; use question, value, note, justification; nothing was saved\n")
        #expect(try pilot.run(["answer", pilot.file.path, "--from", "answers.xlsx"]).error.contains("Please give a .csv, .yaml or .yml file"))
    }

    @Test func aFileThatIsNotAnAssessmentIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("notes.assessment", "meeting notes\n")
        for arguments in [["interview", text.path], ["answer", text.path, "ps.4.1.q1", "fully"], ["status", text.path],
                          ["history", text.path]] {
            let run = try CommandRun.assessor(arguments, input: "fully\n")
            #expect(run.status == 1)
            #expect(run.error == "Error: \(text.path) is not an assessment file; check the name, or create one with 'assessor new'\n")
        }
        #expect(try String(contentsOf: text, encoding: .utf8) == "meeting notes\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["notes.assessment"])
        let exists = try CommandRun.assessor(["new", text.path, "--org", "X", "--standards", "iso42001"])
        #expect(exists.status == 1 && exists.error.contains("already exists; choose another name"))
        let unknown = try CommandRun.assessor(["new", folder.path("x.assessment").path, "--org", "X", "--standards", "iso4200"])
        #expect(unknown.status != 0 && unknown.error.contains("'iso4200' is not a loaded standard"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("x.assessment").path))
    }

    @Test func aFileFromANewerAssessorIsRefused() throws {
        let pilot = try PilotFile()
        let queue = try DatabaseQueue(path: pilot.file.path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        try queue.close()
        for arguments in [["interview", pilot.file.path], ["answer", pilot.file.path, "ps.4.1.q1", "fully"], ["status", pilot.file.path]] {
            let run = try pilot.run(arguments, input: "fully\n")
            #expect(run.status == 1)
            #expect(run.error == "Error: \(pilot.file.path) was written by a newer assessor; update assessor to open it\n")
        }
        #expect(!FileManager.default.fileExists(atPath: pilot.file.path + ".lock"))
        let reopened = try DatabaseQueue(path: pilot.file.path)
        #expect(try reopened.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM answer") } == 2, "nothing written")
    }

    @Test func aFileInUseByAnInterviewIsRefusedToOtherWriters() throws {
        let pilot = try PilotFile()
        let interview = try RunningCommand.assessor(["interview", pilot.file.path], environment: pilot.environment)
        #expect(interview.waitForOutput(containing: "> "))
        try interview.type("software\n")
        #expect(interview.waitForOutput(containing: "saved scope.sector = software"))
        let message = "is locked by `assessor interview` (pid \(interview.pid)); finish or quit it first"
        let answer = try pilot.run(["answer", pilot.file.path, "ps.4.1.q1", "fully"])
        #expect(answer.status == 1 && answer.error.contains("\(pilot.file.path) \(message)"), "\(answer.error)")
        let second = try pilot.interview(["fully"])
        #expect(second.status == 1 && second.error.contains(message))
        let status = try pilot.run(["status", pilot.file.path])
        #expect(status.status == 0 && status.output.contains("Next: scope.certifications"), "readers need no lock")
        try interview.type(":quit\n")
        #expect(interview.wait().status == 0)
        #expect(try pilot.answers()["scope.sector"]?.value == .choice("software"))
        #expect(try pilot.answers()["ps.4.1.q1"] == nil)
        #expect(try pilot.run(["answer", pilot.file.path, "ps.4.1.q1", "fully"]).status == 0, "the lock is gone with the interview")
    }
}
