import Foundation

/// One row of an answer sheet: the entry it holds, or why it could not be read, and its line.
public struct AnswerSheetRow: Sendable, Equatable {
    public var line: Int
    public var entry: Result<AnswerEntry, AnswerSheetError>
}

/// A problem in an answer sheet, at a line.
public struct AnswerSheetError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "\(line): \(message)" }
}

/// Reads the rows of one sheet format. Throws when the sheet as a whole cannot be read (no
/// header, not a list); a bad row is returned as a failed row, so the others can still be saved.
public protocol AnswerSheetReader: Sendable {
    func rows(of text: String) throws(AnswerSheetError) -> [AnswerSheetRow]
}

/// The formats `assessor answer --from` reads, chosen by file extension.
public enum AnswerSheetFormat: String, Sendable, CaseIterable {
    /// A header `question,value,note,justification` (note and justification optional).
    case csv
    /// A list of mappings with the same keys.
    case yaml

    public init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": self = .csv
        case "yaml", "yml": self = .yaml
        default: return nil
        }
    }

    public var reader: any AnswerSheetReader {
        switch self {
        case .csv: return CSVAnswerSheet()
        case .yaml: return YAMLAnswerSheet()
        }
    }

    /// The keys (CSV columns) of a sheet: the first two are required.
    static let keys = ["question", "value", "note", "justification"]
}

extension AnswerSheetRow {
    /// A row from its fields by key: `question` and `value` must be there and not empty; an
    /// empty `note` or `justification` counts as not given (the recorded one is kept).
    init(line: Int, fields: [String: String]) {
        self.line = line
        let given = fields.mapValues { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.value.isEmpty }
        guard let question = given["question"] else {
            entry = .failure(AnswerSheetError(line: line, "no question id"))
            return
        }
        guard let value = given["value"] else {
            entry = .failure(AnswerSheetError(line: line, "no value for \(question)"))
            return
        }
        entry = .success(AnswerEntry(questionID: question, value: value, note: given["note"], justification: given["justification"]))
    }
}
