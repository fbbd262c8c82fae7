/// `xl/styles.xml` and the cell styles the sheets use, by index into its `cellXfs`.
enum XlsxStyles {
    enum Style: Int {
        case plain = 0, header, text, integer, decimal, percent, date, quotedText, title, intro
    }

    static let xml = OfficePackage.declaration
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
        + "<fonts count=\"4\">" + font("") + font("<b/>") + font("<b/>", size: 14) + font("<i/>") + "</fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDCE6F0\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>"
        + ["left", "right", "top", "bottom"].map { "<\($0) style=\"thin\"><color rgb=\"FFC9D1D9\"/></\($0)>" }.joined()
        + "<diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"10\">"
        + xf(format: 0, font: 0, fill: 0, border: 0, wrap: false)
        + xf(format: 0, font: 1, fill: 2, border: 1, wrap: true)
        + xf(format: 0, font: 0, fill: 0, border: 1, wrap: true)
        + xf(format: 1, font: 0, fill: 0, border: 1, wrap: false)
        + xf(format: 0, font: 0, fill: 0, border: 1, wrap: false)
        + xf(format: 9, font: 0, fill: 0, border: 1, wrap: false)
        + xf(format: 164, font: 0, fill: 0, border: 1, wrap: false)
        + xf(format: 49, font: 0, fill: 0, border: 1, wrap: true, quotePrefix: true)
        + xf(format: 0, font: 2, fill: 0, border: 0, wrap: false)
        + xf(format: 0, font: 3, fill: 0, border: 0, wrap: false)
        + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    private static func font(_ style: String, size: Int = 10) -> String {
        "<font>\(style)<sz val=\"\(size)\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    }

    private static func xf(
        format: Int, font: Int, fill: Int, border: Int, wrap: Bool, quotePrefix: Bool = false
    ) -> String {
        "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
            + (format == 0 ? "" : " applyNumberFormat=\"1\"") + (font == 0 ? "" : " applyFont=\"1\"")
            + (fill == 0 ? "" : " applyFill=\"1\"") + (border == 0 ? "" : " applyBorder=\"1\"")
            + (quotePrefix ? " quotePrefix=\"1\"" : "") + " applyAlignment=\"1\">"
            + "<alignment vertical=\"top\"\(wrap ? " wrapText=\"1\"" : "")/></xf>"
    }
}
