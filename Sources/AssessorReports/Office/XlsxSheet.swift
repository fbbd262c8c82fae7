/// One worksheet (`xl/worksheets/sheetN.xml`): titles, sentences and tables stacked top to bottom,
/// numbers and dates as numbers, text as inline strings (quote-prefixed when it looks like a formula).
/// Rows are collected first, since the column widths come before the rows in the XML.
struct XlsxSheet {
    typealias Style = XlsxStyles.Style

    /// A row's cells, the style of them all (nil: each by its value) and the lines its tallest text wraps to.
    struct Row {
        var number: Int
        var cells: [ReportTable.Cell]
        var style: Style?
        var lines: Int
    }

    /// A data bar over the cells of a chart column: a percentage from 0 to 100%, or a count from the least to the most.
    struct DataBar {
        var range: String
        var isPercent: Bool
    }

    private(set) var rows: [Row] = []
    private(set) var widths: [Double] = []
    private(set) var dataBars: [DataBar] = []
    /// The range of the autofilter; the header row is frozen when there is one.
    private(set) var filter: String?
    private var rowCount = 0

    mutating func line(_ text: String, style: Style) {
        addRow([.text(text)], style: style)
    }

    mutating func blank() { rowCount += 1 }

    /// A table: a header row, then its rows. The first table at the top of a sheet gets a frozen
    /// header and an autofilter.
    mutating func table(_ table: ReportTable) {
        let header = rowCount + 1
        for (index, column) in table.columns.enumerated() {
            if widths.count <= index { widths.append(column.width) } else { widths[index] = max(widths[index], column.width) }
        }
        let titles = table.columns.map { ReportTable.Cell.text($0.title) }
        addRow(titles, style: .header, lines: Self.lines(titles, widths))
        for row in table.rows { addRow(row, style: nil, lines: Self.lines(row, widths)) }
        let last = max(rowCount, header)
        if header == 1 { filter = "A1:\(Self.column(table.columns.count - 1))\(last)" }
        for (index, column) in table.columns.enumerated() where column.isChart && last > header {
            let isPercent = table.rows.contains { if case .percent = $0[index] { return true } else { return false } }
            dataBars.append(DataBar(range: "\(Self.column(index))\(header + 1):\(Self.column(index))\(last)", isPercent: isPercent))
        }
    }

    private mutating func addRow(_ cells: [ReportTable.Cell], style: Style?, lines: Int = 1) {
        rowCount += 1
        rows.append(Row(number: rowCount, cells: cells, style: style, lines: lines))
    }

    /// The lines the tallest text cell of a row wraps to, at about one character per unit of width.
    private static func lines(_ row: [ReportTable.Cell], _ widths: [Double]) -> Int {
        zip(row, widths).map { cell, width -> Int in
            guard case .text(let text) = cell else { return 1 }
            let perLine = max(4, Int(width) - 1)
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
        }.max() ?? 1
    }

    /// `A`, `B`... `Z`, `AA`... for a zero-based column index.
    static func column(_ index: Int) -> String {
        var index = index + 1
        var name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }
}
