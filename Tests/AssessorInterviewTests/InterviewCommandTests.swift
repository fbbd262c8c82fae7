import AssessorCore
import AssessorStore
import AssessorTestSupport
import Foundation
import Testing

/// Drives `assessor interview` with piped input through a whole small assessment: quit in the
/// middle, resume, finish, and check every answer in the file.
@Suite struct InterviewCommandTests {
    @Test func aWholeAssessmentQuitResumedAndFinished() throws {
        let pilot = try PilotFile()
        let first = try pilot.interview([
            "software", "none", "mostly integrated", "partial", "yes", ":note scope memo v2", "largely", ":quit",
        ])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("Interview of Pilot Ltd (pilota, pilotb)"))
        #expect(first.output.contains("saved scope.sector = software\n"))
        #expect(first.output.contains("'mostly integrated' is not an answer to scope.integration; answer one of none, partial, full"))
        #expect(first.output.contains("saved scope.integration = partial\n"), "the answer after a wrong one is taken")
        #expect(first.output.contains("ps.4.1.q1 counts for pilota:4.1 Scope\n    and pilotb:4.1 Scope\n"))
        #expect(first.output.contains("Is the scope of the integrated management system written down?"))
        #expect(first.output.contains("Stopped with 5 answers saved in this session. Resume with: assessor interview"))
        #expect(!first.output.contains("\u{1B}"), "no escape codes in a pipe")

        let second = try pilot.interview([
            "-2", "12", ":back", ":back", "", "4", "fully", "na", "", "no supplier code is used", "", ":skip", "Ana Lopez",
        ])
        #expect(second.status == 0, "\(second.error)")
        let screens = second.output.components(separatedBy: "\n\n")
        #expect(screens[1].hasPrefix("pilota 1/5 · Clause 4 Context 1/2\npilota.4.1.q1 counts for pilota:4.1 Scope"),
                "resumes at the first unanswered question:\n\(screens[1])")
        #expect(second.output.contains("'-2' is not an answer to pilota.4.1.q1; answer a number from 0 to 1,000,000,000,000 or dont_know"))
        #expect(second.output.contains("Answered: largely; note: scope memo v2"), ":back shows the answer with its note")
        #expect(second.output.contains("kept ps.4.1.q1 = largely\n"))
        #expect(second.output.contains("saved pilota.A.1.1.q1 = fully\npre-filled pilotb.B.1.q1 = fully"))
        #expect(second.output.contains("type why the question does not apply"), "an empty justification is asked again")
        #expect(second.output.contains("Pre-filled from pilota.A.1.1.q1: fully; Enter confirms it"))
        #expect(second.output.contains("saved pilotb.B.1.q1 = fully\n"))
        #expect(second.output.contains("Related (partial mapping): pilota:A.1.2 was answered na in pilota.A.1.2.q1"))
        #expect(second.output.contains("1 question is left for later"))

        let third = try pilot.interview(["partially"])
        #expect(third.output.contains("pilotb.B.2.q1 counts for pilotb:B.2 Outsourcing"))
        #expect(third.output.contains("Every question asked is answered."))

        let answers = try pilot.answers()
        let expected: [String: AnswerValue] = [
            "scope.employees": .number(25), "scope.sites": .number(1), "scope.sector": .choice("software"),
            "scope.certifications": .choices(["none"]), "scope.integration": .choice("partial"), "pilot.builds": .yesNo(true),
            "ps.4.1.q1": .conformity(.largely), "pilota.4.1.q1": .number(12), "pilota.5.1.q1": .maturity(4),
            "pilota.A.1.1.q1": .conformity(.fully), "pilota.A.1.2.q1": .notApplicable, "pilotb.B.1.q1": .conformity(.fully),
            "pilotb.B.2.q1": .conformity(.partially), "pilotb.B.2.q2": .text("Ana Lopez"),
        ]
        #expect(answers.mapValues(\.value) == expected)
        #expect(answers.values.allSatisfy { $0.origin == .given }, "the pre-filled answer was confirmed")
        #expect(answers["ps.4.1.q1"]?.note == "scope memo v2")
        #expect(answers["pilota.A.1.2.q1"]?.justification == "no supplier code is used")
        let history = try AssessmentStore.open(at: pilot.file, readOnly: true).history(of: "pilotb.B.1.q1")
        #expect(history.map(\.origin) == [.prefilled(from: "pilota.A.1.1.q1"), .given])
    }

    @Test func reviewWalksAnsweredQuestionsFromTheFirst() throws {
        let pilot = try PilotFile()
        let review = try pilot.interview([":back", "", "3", ":note draft", ":skip", ":jump pilotb.B.2.q2", "Ben", ":q"], ["--review"])
        #expect(review.output.contains("this is the first question\n"))
        #expect(review.output.contains("note not saved (a note is saved with an answer): draft on scope.sector\n"))
        #expect(review.output.contains("Scoping 2/6\nscope.employees\n"), "\(review.output)")
        #expect(review.output.contains("[25] > \nkept scope.employees = 25\n"))
        #expect(review.output.contains("saved scope.sites = 3\n"))
        #expect(review.output.contains("saved pilotb.B.2.q2 = Ben\n"))
        #expect(try pilot.answers()["scope.sites"]?.value == .number(3))
    }

    @Test func aNewFileFromTheInterviewItself() throws {
        let folder = try TemporaryFolder()
        let file = folder.path("demo.assessment").path
        let run = try CommandRun.assessor(["interview", file, "--new", "--org", "Demo Ltd", "--standards", "iso42001"],
                                          input: "12\n:q\n")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("saved scope.employees = 12\n"))
        let again = try CommandRun.assessor(["interview", file, "--new", "--org", "Demo Ltd", "--standards", "iso42001"], input: ":q\n")
        #expect(again.output.contains("scope.sites"), "an existing file is opened, not created again")
        #expect(try AssessmentStore.open(at: URL(fileURLWithPath: file)).profile().moduleVersions["iso42001"] == "1.0.0")
        let noNew = try CommandRun.assessor(["interview", file, "--org", "Other"])
        #expect(noNew.status != 0 && noNew.error.contains("Please add --new"))
    }

    @Test func evidenceIsShownLinkedAndDismissed() throws {
        let pilot = try PilotFile()
        let store = try AssessmentStore.open(at: pilot.file)
        let scope = RequirementReference(module: "pilota", requirement: "4.1")
        for (name, confidence) in [("scope.docx", 0.9), ("old-scope.docx", 0.4)] {
            let item = EvidenceItem(contentHash: name, path: "/docs/\(name)", format: .docx, size: 10, title: name, text: "scope")
            try store.addEvidence(item, matches: [EvidenceMatch(evidenceID: 0, requirement: scope, confidence: confidence,
                                                                reason: "mentions scope")])
        }
        let run = try pilot.interview([":jump ps.4.1.q1", ":evidence", "link 1", "dismiss 2", "link 9", "", "largely", ":q"])
        #expect(run.output.contains("Evidence: none linked · 2 suggested (:evidence to review)"))
        #expect(run.output.contains("  1. [suggested] scope.docx for pilota:4.1: mentions scope"))
        #expect(run.output.contains("linked scope.docx for pilota:4.1\n"))
        #expect(run.output.contains("dismissed old-scope.docx for pilota:4.1\n"))
        #expect(run.output.contains("type link N or dismiss N with N from 1 to 1"))
        #expect(run.output.contains("Evidence: linked: scope.docx\n"), "\(run.output)")
        #expect(try store.evidenceSnapshot().acceptedCounts == [scope: 1])
        #expect(Set(try store.evidenceMatches().map(\.status)) == [.accepted, .rejected])
    }
}
