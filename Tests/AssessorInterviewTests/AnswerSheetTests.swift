import AssessorInterview
import Testing

@Suite struct AnswerSheetTests {
    func entries(_ rows: [AnswerSheetRow]) -> [Int: AnswerEntry] {
        Dictionary(uniqueKeysWithValues: rows.compactMap { row in (try? row.entry.get()).map { (row.line, $0) } })
    }

    func problems(_ rows: [AnswerSheetRow]) -> [String] {
        rows.compactMap { row in
            if case .failure(let error) = row.entry { return error.description }
            return nil
        }
    }

    @Test func csvRowsKeepTheirLineNumbersAcrossQuotedLineBreaks() throws {
        let csv = """
            question,value,note
            ps.4.1.q1,largely,"two
            lines"

            pilota.4.1.q1,3,
            ,fully,no id
            pilota.5.1.q1
            pilotb.B.2.q2,"Ana, Ben",,extra

            """
        let rows = try AnswerSheetFormat.csv.reader.rows(of: csv)
        #expect(entries(rows) == [
            2: AnswerEntry(questionID: "ps.4.1.q1", value: "largely", note: "two\nlines"),
            5: AnswerEntry(questionID: "pilota.4.1.q1", value: "3"),
        ])
        #expect(problems(rows) == [
            "6: no question id", "7: no value for pilota.5.1.q1",
            "8: 4 fields, but the header names 3 columns; quote a value that holds a comma",
        ])
    }

    @Test func aCsvWithoutAUsableHeaderIsRefusedWhole() {
        #expect(throws: AnswerSheetError(line: 1, "unknown column 'answer'; use question, value, note, justification")) {
            try AnswerSheetFormat.csv.reader.rows(of: "question,answer\nx,y\n")
        }
        #expect(throws: AnswerSheetError(line: 1, "the header needs the columns question and value")) {
            try AnswerSheetFormat.csv.reader.rows(of: "question,note\nx,y\n")
        }
        #expect(throws: AnswerSheetError.self) { try AnswerSheetFormat.csv.reader.rows(of: "") }
    }

    @Test func yamlRowsWithListsAndMistakes() throws {
        let yaml = """
            - question: ps.4.1.q1
              value: largely
              justification: ""
            - {question: pilota.4.1.q1, value: 3}
            - question: pilotb.B.2.q2
              vaule: x
            - just a string
            """
        let rows = try AnswerSheetFormat.yaml.reader.rows(of: yaml)
        #expect(entries(rows) == [
            1: AnswerEntry(questionID: "ps.4.1.q1", value: "largely"),
            4: AnswerEntry(questionID: "pilota.4.1.q1", value: "3"),
        ])
        #expect(problems(rows) == ["6: unknown key 'vaule'; did you mean 'value'?", "7: expected a mapping with question and value"])
        let list = try AnswerSheetFormat.yaml.reader.rows(of: "- {question: scope.ai_role, value: [developer, user]}")
        #expect(entries(list)[1]?.value == "developer,user")
        #expect(throws: AnswerSheetError.self) { try AnswerSheetFormat.yaml.reader.rows(of: "question: x") }
        #expect(throws: AnswerSheetError.self) { try AnswerSheetFormat.yaml.reader.rows(of: "- [unclosed") }
    }

    @Test func formatsFollowTheExtension() {
        #expect(AnswerSheetFormat(path: "a/answers.CSV") == .csv)
        #expect(AnswerSheetFormat(path: "answers.yml") == .yaml)
        #expect(AnswerSheetFormat(path: "answers.xlsx") == nil)
    }
}
