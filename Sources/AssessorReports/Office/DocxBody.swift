/// The body of a Word document (`word/document.xml`): headings, paragraphs and tables, on A4
/// landscape pages. Every text goes through the XML escaper.
struct DocxBody {
    /// A4 landscape, 12.7 mm margins, in twentieths of a point.
    static let pageWidth = 16_838, pageHeight = 11_906, margin = 720
    private static let escaper = XmlEscaper()
    private(set) var xml = ""

    mutating func heading(_ text: String, level: Int) {
        paragraph(text, style: "Heading\(level)")
    }

    mutating func paragraph(_ text: String, style: String? = nil) {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        xml += "<w:p>\(properties)\(Self.run(text))</w:p>"
    }

    /// A table with a repeated, shaded header row; chart columns get a bar of blocks beside the value.
    mutating func table(_ table: ReportTable) {
        let usable = Double(Self.pageWidth - 2 * Self.margin)
        let total = table.columns.reduce(0) { $0 + $1.width }
        let widths = table.columns.map { Int(usable * $0.width / total) }
        let maxima = table.columns.indices.map { column in table.rows.compactMap { $0[column].number }.max() ?? 0 }
        xml += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"]
                .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C9D1D9\"/>" }.joined()
            + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        for (column, width) in zip(table.columns, widths) {
            xml += cell("<w:r><w:rPr><w:b/></w:rPr>\(Self.text(column.title))</w:r>", width: width, fill: "DCE6F0")
        }
        xml += "</w:tr>"
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (index, value) in row.enumerated() {
                let content = table.columns[index].isChart
                    ? Self.bar(value, maximum: maxima[index]) + Self.run(" " + value.displayText)
                    : Self.run(value.displayText)
                xml += cell(content, width: widths[index], fill: nil)
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl><w:p/>"
    }

    /// The whole `document.xml`.
    var document: String {
        OfficePackage.declaration
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"\(OfficePackage.relationshipNamespace)\"><w:body>\(xml)"
            + "<w:sectPr><w:pgSz w:w=\"\(Self.pageWidth)\" w:h=\"\(Self.pageHeight)\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"\(Self.margin)\" w:right=\"\(Self.margin)\" w:bottom=\"\(Self.margin)\" "
            + "w:left=\"\(Self.margin)\" w:header=\"360\" w:footer=\"360\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    }

    private func cell(_ content: String, width: Int, fill: String?) -> String {
        let shading = fill.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0)\"/>" } ?? ""
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shading)</w:tcPr>"
            + "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>\(content)</w:p></w:tc>"
    }

    /// A run of text; line breaks become `<w:br/>`.
    private static func run(_ text: String) -> String {
        text.isEmpty ? "" : "<w:r>\(Self.text(text))</w:r>"
    }

    private static func text(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return "<w:t xml:space=\"preserve\">\(escaper.escape(text))</w:t>" }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "<w:t xml:space=\"preserve\">\(escaper.escape(String($0)))</w:t>" }
            .joined(separator: "<w:br/>")
    }

    /// Twenty blocks, filled in proportion: coloured by readiness band for percentages.
    private static func bar(_ value: ReportTable.Cell, maximum: Double) -> String {
        guard let number = value.number else { return "" }
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
        return "<w:r><w:rPr><w:color w:val=\"\(colour)\"/></w:rPr><w:t>\(String(repeating: "\u{2588}", count: filled))</w:t></w:r>"
            + "<w:r><w:rPr><w:color w:val=\"D5DBE1\"/></w:rPr><w:t>\(String(repeating: "\u{2588}", count: 20 - filled))</w:t></w:r>"
    }
}
