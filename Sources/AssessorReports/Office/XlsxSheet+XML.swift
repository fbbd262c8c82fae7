import AssessorXML

/// The worksheet's XML: view (frozen header), column widths, rows, autofilter, data bars, page set-up.
extension XlsxSheet {
    /// Excel's limit on the characters of a cell.
    private static let cellLimit = 32_767

    func part(_ path: String) throws(ReportError) -> OfficePart {
        try OfficePart(path, root: "worksheet", namespace: OfficeNamespace.spreadsheet) { writer in
            try writer.declareNamespace(OfficeNamespace.relationships, prefix: "r")
            try writer.element("sheetPr") { try writer.element("pageSetUpPr", ["fitToPage": "1"]) }
            try writer.element("sheetViews") {
                try writer.element("sheetView", ["workbookViewId": "0"]) {
                    guard filter != nil else { return }
                    try writer.element("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
                }
            }
            try writer.element("sheetFormatPr", ["defaultRowHeight": "15"])
            if !widths.isEmpty {
                try writer.element("cols") {
                    for (index, width) in widths.enumerated() {
                        let number = String(index + 1)
                        try writer.element("col", ["min": number, "max": number, "width": "\(width)", "customWidth": "1"])
                    }
                }
            }
            try writer.element("sheetData") { for row in rows { try Self.write(row, writer) } }
            if let filter { try writer.element("autoFilter", ["ref": filter]) }
            for (index, bar) in dataBars.enumerated() { try Self.write(bar, priority: index + 1, writer) }
            try writer.element("pageMargins", ["left": "0.4", "right": "0.4", "top": "0.5", "bottom": "0.5",
                                               "header": "0.3", "footer": "0.3"])
            try writer.element("pageSetup", ["paperSize": "9", "orientation": "landscape", "fitToWidth": "1", "fitToHeight": "0"])
        }
    }

    /// A row; one with wrapped text gets a height for its lines, since not every program sizes rows itself.
    private static func write(_ row: Row, _ writer: XMLStreamWriter) throws {
        try writer.startElement("row")
        try writer.attribute("r", String(row.number))
        if row.lines > 1 {
            try writer.attribute("ht", String(min(409, 13 * row.lines + 2)))
            try writer.attribute("customHeight", "1")
        }
        for (index, cell) in row.cells.enumerated() {
            try write(cell, reference: "\(column(index))\(row.number)", style: row.style, writer)
        }
        try writer.endElement()
    }

    private static func write(_ value: ReportTable.Cell, reference: String, style: Style?, _ writer: XMLStreamWriter)
        throws {
        func number(_ text: String, _ style: Style) throws {
            try writer.element("c", ["r": reference, "s": String(style.rawValue)]) { try writer.element("v", text: text) }
        }
        switch value {
        case .text(let text):
            let clipped = text.count > cellLimit ? String(text.prefix(cellLimit - 1)) + "\u{2026}" : text
            let chosen = style ?? (SpreadsheetText.looksLikeFormula(clipped) ? .quotedText : .text)
            try writer.element("c", ["r": reference, "s": String(chosen.rawValue), "t": "inlineStr"]) {
                try writer.element("is") { try writer.element("t", ["xml:space": "preserve"], text: clipped) }
            }
        case .integer(let value): try number(String(value), .integer)
        case .decimal(let value): try number(String(value), .decimal)
        case .percent(let value): try number(String(value), .percent)
        case .date(let date): try number(String(date.spreadsheetSerial), .date)
        case .empty: try writer.element("c", ["r": reference, "s": String(Style.text.rawValue)])
        }
    }

    private static func write(_ bar: DataBar, priority: Int, _ writer: XMLStreamWriter) throws {
        try writer.element("conditionalFormatting", ["sqref": bar.range]) {
            try writer.element("cfRule", ["type": "dataBar", "priority": String(priority)]) {
                try writer.element("dataBar") {
                    if bar.isPercent {
                        try writer.element("cfvo", ["type": "num", "val": "0"])
                        try writer.element("cfvo", ["type": "num", "val": "1"])
                    } else {
                        try writer.element("cfvo", ["type": "min"])
                        try writer.element("cfvo", ["type": "max"])
                    }
                    try writer.element("color", ["rgb": "FF2E8B57"])
                }
            }
        }
    }
}
