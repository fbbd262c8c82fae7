import AssessorCore
import Yams

/// A YAML answer sheet: a list of mappings with the keys `question`, `value`, `note` and
/// `justification`. A value may be a list (for a multiple choice), read as comma-separated.
struct YAMLAnswerSheet: AnswerSheetReader {
    func rows(of text: String) throws(AnswerSheetError) -> [AnswerSheetRow] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            let (line, _, message) = YAMLErrorText.describe(error)
            throw AnswerSheetError(line: line, message)
        }
        guard let root else { return [] }
        guard let list = root.sequence else {
            throw AnswerSheetError(line: root.mark?.line ?? 1, "expected a list of answers (- question: ... value: ...)")
        }
        return list.map(Self.row)
    }

    private static func row(_ node: Node) -> AnswerSheetRow {
        let line = node.mark?.line ?? 1
        guard let mapping = node.mapping else {
            return AnswerSheetRow(line: line, entry: .failure(AnswerSheetError(line: line, "expected a mapping with question and value")))
        }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard AnswerSheetFormat.keys.contains(name) else {
                let hint = KeySuggestion.closest(to: name, in: Set(AnswerSheetFormat.keys)).map { "did you mean '\($0)'?" }
                    ?? "use \(AnswerSheetFormat.keys.joined(separator: ", "))"
                let at = key.mark?.line ?? line
                return AnswerSheetRow(line: at, entry: .failure(AnswerSheetError(line: at, "unknown key '\(name)'; \(hint)")))
            }
            fields[name] = value.sequence.map { $0.compactMap(\.string).joined(separator: ",") } ?? value.string ?? ""
        }
        return AnswerSheetRow(line: line, fields: fields)
    }
}
