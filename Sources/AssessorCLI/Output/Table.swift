import AssessorCore
import Foundation
import TextTable

/// A plain text table with a header row, for terminal listings.
struct Table {
    var headers: [String]
    var rows: [[String]]

    func render() -> String {
        let table = TextTable<[String]> { row in
            zip(headers, row).map { Column(title: $0.0, value: $0.1) }
        }
        let text = table.string(for: rows.map { $0.map(TerminalSafe.escaped) }, style: Style.plain) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n").trimmingCharacters(in: .newlines)
    }
}
