import AssessorXML

/// The body of a Word document (`word/document.xml`): headings, paragraphs and tables, on A4
/// landscape pages, written into the `<w:body>` element the writer stands in.
struct DocxBody {
    /// A4 landscape, 12.7 mm margins, in twentieths of a point.
    static let pageWidth = 16_838, pageHeight = 11_906, margin = 720
    let writer: XMLStreamWriter

    func heading(_ text: String, level: Int) throws {
        try paragraph(text, style: "Heading\(level)")
    }

    func paragraph(_ text: String, style: String? = nil) throws {
        try writer.element("w:p") {
            if let style { try paragraphStyle(style) }
            try run(text)
        }
    }

    /// The page set-up, last in the body.
    func sectionProperties() throws {
        let margin = String(Self.margin)
        try writer.element("w:sectPr") {
            try writer.element("w:pgSz", ["w:w": String(Self.pageWidth), "w:h": String(Self.pageHeight), "w:orient": "landscape"])
            try writer.element("w:pgMar", ["w:top": margin, "w:right": margin, "w:bottom": margin, "w:left": margin,
                                           "w:header": "360", "w:footer": "360", "w:gutter": "0"])
        }
    }

    func paragraphStyle(_ style: String) throws {
        try writer.element("w:pPr") { try writer.element("w:pStyle", ["w:val": style]) }
    }

    /// A run of text (nothing for empty text).
    func run(_ text: String) throws {
        guard !text.isEmpty else { return }
        try writer.element("w:r") { try self.text(text) }
    }

    /// The text of a run; line breaks become `<w:br/>`.
    func text(_ text: String) throws {
        guard text.utf8.contains(UInt8(ascii: "\n")) else {
            return try writer.element("w:t", ["xml:space": "preserve"], text: text)
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { try writer.element("w:br") }
            try writer.element("w:t", ["xml:space": "preserve"], text: String(line))
        }
    }

    /// A run in a colour (`1F5F8B`).
    func run(_ text: String, colour: String) throws {
        try writer.element("w:r") {
            try writer.element("w:rPr") { try writer.element("w:color", ["w:val": colour]) }
            try writer.element("w:t", text: text)
        }
    }
}
