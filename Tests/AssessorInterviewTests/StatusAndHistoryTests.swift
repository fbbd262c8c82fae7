import AssessorTestSupport
import Foundation
import Testing

@Suite struct StatusAndHistoryTests {
    @Test func statusCountsPerStandardAndSectionAndSaysWhatIsNext() throws {
        let pilot = try PilotFile()
        _ = try pilot.run(["answer", pilot.file.path, "pilot.builds", "no"])
        _ = try pilot.run(["answer", pilot.file.path, "ps.4.1.q1", "fully"])
        let text = try pilot.run(["status", pilot.file.path])
        #expect(text.status == 0, "\(text.error)")
        let lines = text.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("PART TITLE ANSWERED LEFT NOT ASKED TO CONFIRM SUGGESTED"))
        #expect(lines.contains("scoping 3/6 3 0 0 0"))
        #expect(lines.contains("pilota Pilot standard A 1/4 3 1 0 0"))
        #expect(lines.contains("A.1 Building 0/1 1 1 0 0"))
        #expect(lines.contains("pilotb Pilot standard B 1/4 3 0 0 0"))
        #expect(text.output.contains("9 questions left. Next: scope.sector: Which sector"))

        let json = try pilot.run(["status", pilot.file.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect((object["next"] as? [String: Any])?["question"] as? String == "scope.sector")
        let standards = try #require(object["standards"] as? [[String: Any]])
        let count = try #require(standards.first?["count"] as? [String: Int])
        #expect(count == ["answered": 1, "asked": 4, "notAsked": 1, "toConfirm": 0, "suggested": 0, "left": 3])
        let sections = try #require(standards.first?["sections"] as? [[String: Any]])
        #expect(sections.last?["unanswered"] as? [String] == ["pilota.A.1.2.q1"])
    }

    @Test func historyShowsWhoChangedWhatAndWhen() throws {
        let pilot = try PilotFile()
        _ = try pilot.run(["answer", pilot.file.path, "pilota.A.1.1.q1", "partially", "--assessor", "ben"])
        _ = try pilot.run(["answer", pilot.file.path, "pilota.A.1.1.q1", "na", "--justification", "no builds", "--note", "checked"])
        let all = try pilot.run(["history", pilot.file.path])
        #expect(all.output.split(separator: "\n").count == 6, "a header, 2 from 'new', 3 changes:\n\(all.output)")
        let one = try pilot.run(["history", pilot.file.path, "pilota.A.1.1.q1"])
        let rows = one.output.split(separator: "\n").map(String.init)
        #expect(rows.count == 3)
        #expect(rows[1].range(of: #"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ben +pilota.A.1.1.q1 +- → partially *$"#, options: .regularExpression) != nil,
                "\(rows[1])")
        #expect(rows[2].contains("partially → na") && rows[2].contains("note: - → 'checked'; justification: - → 'no builds'"))
        let prefilled = all.output.split(separator: "\n").first { $0.contains("pilotb.B.1.q1") }
        #expect(prefilled?.contains("pre-filled from pilota.A.1.1.q1") == true)
        let never = try pilot.run(["history", pilot.file.path, "pilotb.B.2.q2"])
        #expect(never.output == "No change recorded for pilotb.B.2.q2: it has never been answered.\n")
    }
}
