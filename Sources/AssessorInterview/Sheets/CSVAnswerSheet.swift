import CSV
import Foundation

/// A CSV answer sheet: a header row naming the columns (`question,value,note,justification`, in
/// any order; note and justification may be left out), then one answer per row. Quoted fields may
/// hold commas and line breaks; lines are counted as in the file.
struct CSVAnswerSheet: AnswerSheetReader {
    func rows(of text: String) throws(AnswerSheetError) -> [AnswerSheetRow] {
        if let problem = CSVQuoting.problem(in: text) { throw problem }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            throw AnswerSheetError(line: 1, "cannot read the CSV: \(error)")
        }
        guard let header = reader.next()?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
              header.contains(where: { !$0.isEmpty }) else {
            throw AnswerSheetError(line: 1, "no header row; start with: \(AnswerSheetFormat.keys.joined(separator: ","))")
        }
        if let unknown = header.first(where: { !AnswerSheetFormat.keys.contains($0) }) {
            throw AnswerSheetError(line: 1, "unknown column '\(unknown)'; use \(AnswerSheetFormat.keys.joined(separator: ", "))")
        }
        guard header.contains("question"), header.contains("value") else {
            throw AnswerSheetError(line: 1, "the header needs the columns question and value")
        }
        var rows: [AnswerSheetRow] = []
        var line = 1 + Self.lineBreaks(in: header)
        while let fields = reader.next() {
            line += 1
            defer { line += Self.lineBreaks(in: fields) }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard fields.count <= header.count else {
                rows.append(AnswerSheetRow(line: line, entry: .failure(AnswerSheetError(
                    line: line, "\(fields.count) fields, but the header names \(header.count) columns; quote a value that holds a comma"))))
                continue
            }
            rows.append(AnswerSheetRow(line: line, fields: Dictionary(zip(header, fields)) { first, _ in first }))
        }
        return rows
    }

    /// Line breaks inside quoted fields, which move the next row further down the file.
    private static func lineBreaks(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
    }
}
