import AssessorXML

/// `word/styles.xml`: the fonts and sizes of the report (sizes in half-points).
enum DocxStyles {
    static func part() throws(ReportError) -> OfficePart {
        try OfficePart("word/styles.xml", root: "w:styles", namespace: OfficeNamespace.wordprocessing) { writer in
            try defaults(writer)
            try style(writer, "Normal", name: "Normal", isDefault: true)
            try style(writer, "Title", name: "Title", spacing: ["w:after": "60"], bold: true, colour: "1F5F8B", size: 44)
            try style(writer, "Subtitle", name: "Subtitle", spacing: ["w:after": "240"], colour: "5B6774", size: 22)
            try style(writer, "Heading1", name: "heading 1", spacing: ["w:before": "120", "w:after": "160"], outline: 0,
                      bold: true, colour: "1F5F8B", size: 32)
            try style(writer, "Heading2", name: "heading 2", spacing: ["w:before": "200", "w:after": "80"], outline: 1,
                      bold: true, size: 24)
            try style(writer, "TableText", name: "Table Text",
                      spacing: ["w:after": "0", "w:line": "240", "w:lineRule": "auto"], size: 16)
            try style(writer, "Caveat", name: "Caveat", italic: true, colour: "5B6774")
        }
    }

    /// Liberation Sans at 9.5 points, British English, a little space after each paragraph.
    private static func defaults(_ writer: XMLStreamWriter) throws {
        let font = "Liberation Sans"
        try writer.element("w:docDefaults") {
            try writer.element("w:rPrDefault") {
                try writer.element("w:rPr") {
                    try writer.element("w:rFonts", ["w:ascii": font, "w:hAnsi": font, "w:cs": font, "w:eastAsia": font])
                    try writer.element("w:sz", ["w:val": "19"])
                    try writer.element("w:szCs", ["w:val": "19"])
                    try writer.element("w:lang", ["w:val": "en-GB"])
                }
            }
            try writer.element("w:pPrDefault") {
                try writer.element("w:pPr") {
                    try writer.element("w:spacing", ["w:after": "100", "w:line": "264", "w:lineRule": "auto"])
                }
            }
        }
    }

    /// A paragraph style based on Normal; a Heading 1 starts a new page, headings keep with what follows
    /// and carry their outline level.
    private static func style(
        _ writer: XMLStreamWriter, _ id: String, name: String, isDefault: Bool = false,
        spacing: KeyValuePairs<String, String> = [:], outline: Int? = nil,
        bold: Bool = false, italic: Bool = false, colour: String? = nil, size: Int? = nil
    ) throws {
        try writer.startElement("w:style")
        try writer.attribute("w:type", "paragraph")
        if isDefault { try writer.attribute("w:default", "1") }
        try writer.attribute("w:styleId", id)
        try writer.element("w:name", ["w:val": name])
        if !isDefault {
            try writer.element("w:basedOn", ["w:val": "Normal"])
            try writer.element("w:next", ["w:val": "Normal"])
            try writer.element("w:qFormat")
        }
        try writer.element("w:pPr") {
            if let outline {
                try writer.element("w:keepNext")
                if outline == 0 { try writer.element("w:pageBreakBefore") }
            }
            if !spacing.isEmpty { try writer.element("w:spacing", spacing) }
            if let outline { try writer.element("w:outlineLvl", ["w:val": String(outline)]) }
        }
        try writer.element("w:rPr") {
            if bold { try writer.element("w:b") }
            if italic { try writer.element("w:i") }
            if let colour { try writer.element("w:color", ["w:val": colour]) }
            if let size {
                try writer.element("w:sz", ["w:val": String(size)])
                try writer.element("w:szCs", ["w:val": String(size)])
            }
        }
        try writer.endElement()
    }
}
