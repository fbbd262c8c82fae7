/// One worksheet (`xl/worksheets/sheetN.xml`): titles, sentences and tables stacked top to bottom,
/// numbers and dates as numbers, text as inline strings (quote-prefixed when it looks like a formula).
struct XlsxSheet {
    typealias Style = XlsxStyles.Style
    private static let escaper = XmlEscaper()
    /// Excel's limit on the characters of a cell.
    private static let cellLimit = 32_767

    private var rows = ""
    private var rowCount = 0
    private var widths: [Double] = []
    private var barRules: [String] = []
    private var filter: String?
    private var frozen = false

    mutating func line(_ text: String, style: Style) {
        addRow([Self.cell(.text(text), column: 0, row: rowCount + 1, style: style)])
    }

    mutating func blank() { rowCount += 1 }

    /// A table: a header row, then its rows. The first table at the top of a sheet gets a frozen
    /// header and an autofilter.
    mutating func table(_ table: ReportTable) {
        let header = rowCount + 1
        if header == 1 { frozen = true }
        for (index, column) in table.columns.enumerated() {
            if widths.count <= index { widths.append(column.width) } else { widths[index] = max(widths[index], column.width) }
        }
        let headerCells = table.columns.map { ReportTable.Cell.text($0.title) }
        addRow(headerCells.enumerated().map { Self.cell($1, column: $0, row: header, style: .header) },
               lines: Self.lines(headerCells, widths))
        for row in table.rows {
            let number = rowCount + 1
            addRow(row.enumerated().map { Self.cell($1, column: $0, row: number, style: nil) },
                   lines: Self.lines(row, widths))
        }
        let last = max(rowCount, header)
        if header == 1 { filter = "A1:\(Self.column(table.columns.count - 1))\(last)" }
        for (index, column) in table.columns.enumerated() where column.isChart && last > header {
            let range = "\(Self.column(index))\(header + 1):\(Self.column(index))\(last)"
            let isPercent = table.rows.contains { if case .percent = $0[index] { return true } else { return false } }
            let bounds = isPercent ? "<cfvo type=\"num\" val=\"0\"/><cfvo type=\"num\" val=\"1\"/>" : "<cfvo type=\"min\"/><cfvo type=\"max\"/>"
            barRules.append("<conditionalFormatting sqref=\"\(range)\"><cfRule type=\"dataBar\" priority=\"\(barRules.count + 1)\">"
                            + "<dataBar>\(bounds)<color rgb=\"FF2E8B57\"/></dataBar></cfRule></conditionalFormatting>")
        }
    }

    /// The worksheet XML.
    var xml: String {
        let columns = widths.enumerated().map { "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\($1)\" customWidth=\"1\"/>" }
        let pane = frozen ? "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>" : ""
        return OfficePackage.declaration
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"\(OfficePackage.relationshipNamespace)\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
            + "<sheetViews><sheetView workbookViewId=\"0\">\(pane)</sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/>" + (columns.isEmpty ? "" : "<cols>\(columns.joined())</cols>")
            + "<sheetData>\(rows)</sheetData>" + (filter.map { "<autoFilter ref=\"\($0)\"/>" } ?? "")
            + barRules.joined()
            + "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
    }

    /// Adds a row; one with wrapped text gets a height for its lines, since not every program sizes rows itself.
    private mutating func addRow(_ cells: [String], lines: Int = 1) {
        rowCount += 1
        let height = lines > 1 ? " ht=\"\(min(409, 13 * lines + 2))\" customHeight=\"1\"" : ""
        rows += "<row r=\"\(rowCount)\"\(height)>\(cells.joined())</row>"
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

    private static func cell(_ value: ReportTable.Cell, column: Int, row: Int, style: Style?) -> String {
        let reference = "\(Self.column(column))\(row)"
        func number(_ text: String, _ style: Style) -> String { "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(text)</v></c>" }
        switch value {
        case .text(let text):
            let clipped = text.count > cellLimit ? String(text.prefix(cellLimit - 1)) + "\u{2026}" : text
            let chosen = style ?? (SpreadsheetText.looksLikeFormula(clipped) ? .quotedText : .text)
            return "<c r=\"\(reference)\" s=\"\(chosen.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + escaper.escape(clipped) + "</t></is></c>"
        case .integer(let value): return number(String(value), .integer)
        case .decimal(let value): return number(String(value), .decimal)
        case .percent(let value): return number(String(value), .percent)
        case .date(let date): return number(String(date.spreadsheetSerial), .date)
        case .empty: return "<c r=\"\(reference)\" s=\"\(Style.text.rawValue)\"/>"
        }
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
