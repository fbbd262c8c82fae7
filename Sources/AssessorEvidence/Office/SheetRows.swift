import AssessorXML

/// One row of a worksheet: its non-empty cells, and their values by column position.
struct SheetRow {
    struct Cell {
        /// `B11`.
        var reference: String
        /// 0 for column A.
        var column: Int
        var value: String
    }

    var number: Int
    var cells: [Cell]

    /// The values by column from A, empty where a cell is missing or blank.
    var values: [String] {
        guard let last = cells.last?.column, last < 256 else { return cells.map(\.value) }
        var values = [String](repeating: "", count: last + 1)
        for cell in cells { values[cell.column] = cell.value }
        return values
    }

    func value(at column: Int) -> String { cells.first { $0.column == column }?.value ?? "" }
}

/// Streams a worksheet part row by row: cell types `s` (shared string), `str`, `inlineStr`, `b`,
/// and numbers, which print as their shortest form (`5.1`, not `5.0999999999999996`). Rows with no
/// value (formatted but empty) are skipped without building anything.
final class SheetRows: XMLHandler {
    let strings: [String]
    private let body: (SheetRow) -> Void
    private var row = SheetRow(number: 0, cells: [])
    private var reference = ""
    private var type = ""
    private var value: [UInt8] = []
    private var inValue = false

    init(strings: [String], _ body: @escaping (SheetRow) -> Void) {
        self.strings = strings
        self.body = body
    }

    override func start(_ element: XMLStartTag) {
        if element.name == "c" {
            reference = element.attribute("r") ?? ""
            type = element.attribute("t") ?? ""
            value.removeAll(keepingCapacity: true)
        } else if element.name == "v" || element.name == "t" {
            inValue = true
        } else if element.name == "row" {
            row = SheetRow(number: Int(element.attribute("r") ?? "") ?? row.number + 1, cells: [])
        }
    }

    override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inValue { value.append(contentsOf: bytes) }
    }

    override func end(_ name: XMLName) {
        if name == "v" || name == "t" {
            inValue = false
        } else if name == "c" {
            let text = Self.display(String(decoding: value, as: UTF8.self), type: type, strings: strings)
            if !text.isEmpty {
                row.cells.append(SheetRow.Cell(reference: reference, column: Self.column(of: reference, after: row.cells.last?.column),
                                               value: text))
            }
        } else if name == "row", !row.cells.isEmpty {
            body(row)
        }
    }

    static func display(_ raw: String, type: String, strings: [String]) -> String {
        let trimmed = raw.trimmed
        switch type {
        case "s": return Int(trimmed).flatMap { strings.indices.contains($0) ? strings[$0] : nil }?
            .trimmed ?? ""
        case "b": return trimmed == "1" ? "TRUE" : trimmed == "0" ? "FALSE" : trimmed
        case "e": return ""
        case "str", "inlineStr": return trimmed
        default:
            guard let number = Double(trimmed), trimmed.count > 6 else { return trimmed }
            let shortest = "\(number)"
            return shortest.hasSuffix(".0") ? String(shortest.dropLast(2)) : shortest
        }
    }

    /// The column index of a reference (`AB12` → 27); the next column when it has none.
    static func column(of reference: String, after previous: Int?) -> Int {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
            column = column * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 ? (previous ?? -1) + 1 : column - 1
    }
}
