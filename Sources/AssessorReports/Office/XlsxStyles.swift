import AssessorXML

/// `xl/styles.xml` and the cell styles the sheets use, by index into its `cellXfs`.
enum XlsxStyles {
    enum Style: Int, CaseIterable {
        case plain = 0, header, text, integer, decimal, percent, date, quotedText, title, intro

        /// The number format (built-in ids, 164 the ISO date), font, fill and border of the style, and
        /// whether its text wraps.
        fileprivate var format: (number: Int, font: Font, fill: Int, border: Int, wrap: Bool) {
            switch self {
            case .plain: return (0, .regular, 0, 0, false)
            case .header: return (0, .bold, 2, 1, true)
            case .text: return (0, .regular, 0, 1, true)
            case .integer: return (1, .regular, 0, 1, false)
            case .decimal: return (0, .regular, 0, 1, false)
            case .percent: return (9, .regular, 0, 1, false)
            case .date: return (164, .regular, 0, 1, false)
            case .quotedText: return (49, .regular, 0, 1, true)
            case .title: return (0, .title, 0, 0, false)
            case .intro: return (0, .italic, 0, 0, false)
            }
        }
    }

    /// The fonts, by index: Calibri 10 regular, bold, bold 14 (titles), italic.
    fileprivate enum Font: Int, CaseIterable {
        case regular = 0, bold, title, italic
    }

    static func part() throws(ReportError) -> OfficePart {
        try OfficePart("xl/styles.xml", root: "styleSheet", namespace: OfficeNamespace.spreadsheet) { writer in
            try writer.element("numFmts", ["count": "1"]) {
                try writer.element("numFmt", ["numFmtId": "164", "formatCode": "yyyy\\-mm\\-dd"])
            }
            try writer.element("fonts", ["count": String(Font.allCases.count)]) {
                for font in Font.allCases { try write(font, writer) }
            }
            try writer.element("fills", ["count": "3"]) {
                try writer.element("fill") { try writer.element("patternFill", ["patternType": "none"]) }
                try writer.element("fill") { try writer.element("patternFill", ["patternType": "gray125"]) }
                try writer.element("fill") {
                    try writer.element("patternFill", ["patternType": "solid"]) {
                        try writer.element("fgColor", ["rgb": "FFDCE6F0"])
                        try writer.element("bgColor", ["indexed": "64"])
                    }
                }
            }
            try writer.element("borders", ["count": "2"]) {
                try writer.element("border") {
                    for side in ["left", "right", "top", "bottom", "diagonal"] { try writer.element(side) }
                }
                try writer.element("border") {
                    for side in ["left", "right", "top", "bottom"] {
                        try writer.element(side, ["style": "thin"]) { try writer.element("color", ["rgb": "FFC9D1D9"]) }
                    }
                    try writer.element("diagonal")
                }
            }
            try writer.element("cellStyleXfs", ["count": "1"]) {
                try writer.element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
            }
            try writer.element("cellXfs", ["count": String(Style.allCases.count)]) {
                for style in Style.allCases { try write(style, writer) }
            }
            try writer.element("cellStyles", ["count": "1"]) {
                try writer.element("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
            }
        }
    }

    private static func write(_ font: Font, _ writer: XMLStreamWriter) throws {
        try writer.element("font") {
            switch font {
            case .regular: break
            case .bold, .title: try writer.element("b")
            case .italic: try writer.element("i")
            }
            try writer.element("sz", ["val": font == .title ? "14" : "10"])
            try writer.element("name", ["val": "Calibri"])
            try writer.element("family", ["val": "2"])
        }
    }

    private static func write(_ style: Style, _ writer: XMLStreamWriter) throws {
        let format = style.format
        try writer.startElement("xf")
        for (name, value) in [("numFmtId", format.number), ("fontId", format.font.rawValue), ("fillId", format.fill),
                              ("borderId", format.border), ("xfId", 0)] {
            try writer.attribute(name, String(value))
        }
        for (name, applies) in [("applyNumberFormat", format.number != 0), ("applyFont", format.font != .regular),
                                ("applyFill", format.fill != 0), ("applyBorder", format.border != 0),
                                ("quotePrefix", style == .quotedText), ("applyAlignment", true)] where applies {
            try writer.attribute(name, "1")
        }
        try writer.element("alignment", format.wrap ? ["vertical": "top", "wrapText": "1"] : ["vertical": "top"])
        try writer.endElement()
    }
}
