import AssessorXML

/// Tables in a Word document: fixed column widths across the page, a repeated, shaded header row,
/// rows that do not split across pages, and bars of coloured blocks beside the values of chart columns.
extension DocxBody {
    func table(_ table: ReportTable) throws {
        let usable = Double(Self.pageWidth - 2 * Self.margin)
        let total = table.columns.reduce(0) { $0 + $1.width }
        let widths = table.columns.map { Int(usable * $0.width / total) }
        let maxima = table.columns.indices.map { column in table.rows.compactMap { $0[column].number }.max() ?? 0 }
        try writer.element("w:tbl") {
            try tableProperties(widths: widths)
            try writer.element("w:tr") {
                try writer.element("w:trPr") {
                    try writer.element("w:tblHeader")
                    try writer.element("w:cantSplit")
                }
                for (column, width) in zip(table.columns, widths) {
                    try cell(width: width, fill: "DCE6F0") {
                        try writer.element("w:r") {
                            try writer.element("w:rPr") { try writer.element("w:b") }
                            try text(column.title)
                        }
                    }
                }
            }
            for row in table.rows {
                try writer.element("w:tr") {
                    try writer.element("w:trPr") { try writer.element("w:cantSplit") }
                    for (index, value) in row.enumerated() {
                        try cell(width: widths[index], fill: nil) {
                            guard table.columns[index].isChart else { return try run(value.displayText) }
                            try bar(value, maximum: maxima[index])
                            try run(" " + value.displayText)
                        }
                    }
                }
            }
        }
        try writer.element("w:p")
    }

    private func tableProperties(widths: [Int]) throws {
        try writer.element("w:tblPr") {
            try writer.element("w:tblW", ["w:w": "5000", "w:type": "pct"])
            try writer.element("w:tblBorders") {
                for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                    try writer.element(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "C9D1D9"])
                }
            }
            try writer.element("w:tblLayout", ["w:type": "fixed"])
            try writer.element("w:tblCellMar") {
                try writer.element("w:left", ["w:w": "60", "w:type": "dxa"])
                try writer.element("w:right", ["w:w": "60", "w:type": "dxa"])
            }
        }
        try writer.element("w:tblGrid") {
            for width in widths { try writer.element("w:gridCol", ["w:w": String(width)]) }
        }
    }

    private func cell(width: Int, fill: String?, content: () throws -> Void) throws {
        try writer.element("w:tc") {
            try writer.element("w:tcPr") {
                try writer.element("w:tcW", ["w:w": String(width), "w:type": "dxa"])
                if let fill { try writer.element("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": fill]) }
            }
            try writer.element("w:p") {
                try paragraphStyle("TableText")
                try content()
            }
        }
    }

    /// Twenty blocks, filled in proportion: coloured by readiness band for percentages.
    private func bar(_ value: ReportTable.Cell, maximum: Double) throws {
        guard let number = value.number else { return }
        let share: Double
        let colour: String
        if case .percent = value {
            share = number
            colour = number < 0.5 ? "C0392B" : number < 0.8 ? "E0A100" : "2E8B57"
        } else {
            share = maximum > 0 ? number / maximum : 0
            colour = "1F5F8B"
        }
        let filled = max(0, min(20, Int((share * 20).rounded())))
        try run(String(repeating: "\u{2588}", count: filled), colour: colour)
        try run(String(repeating: "\u{2588}", count: 20 - filled), colour: "D5DBE1")
    }
}
