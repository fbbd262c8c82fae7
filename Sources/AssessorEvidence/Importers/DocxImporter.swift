import AssessorCore
import AssessorXML
import Foundation

/// Word documents: the text of `word/document.xml` paragraph by paragraph, every `w:t` run
/// included (content controls, text boxes and table cells too), headings marked from their style,
/// cells located by table, row and column; title, author and dates from the core properties; the
/// version and review date from a document-control table or `Label: value` paragraph.
struct DocxImporter: EvidenceImporter {
    var format: EvidenceItem.Format { .docx }

    func read(_ file: EvidenceFile, into text: DocumentText, limits: ZipLimits) throws(EvidenceError.Reason) -> DocumentFacts {
        let container = try ZipContainer(file, limits: limits)
        let properties = try OfficeProperties.read(from: container)
        let walk = DocxWalk(text: text)
        guard try container.parse("word/document.xml", with: walk) else {
            throw .malformed("no word/document.xml: not a Word document")
        }
        var control = walk.control
        properties.apply(to: &control)
        var facts = DocumentFacts(title: properties.title ?? walk.title, author: properties.author,
                                  created: properties.created, modified: properties.modified)
        facts.adopt(control)
        if walk.placeholderParagraphs >= 3 { facts.recognisedAs = "Word template with unfilled {{ }} placeholders" }
        return facts
    }
}

/// One pass over `word/document.xml`.
private final class DocxWalk: XMLHandler {
    /// A table being read: its number in the document and the current row and cell.
    private struct TableCursor {
        var number: Int
        var row = 0
        var cell = 0
        var cells: [String] = []
        var cellText = ""
    }

    let text: DocumentText
    var control = DocumentControl()
    var title: String?
    var placeholderParagraphs = 0
    private var paragraph: [UInt8] = []
    private var style: String?
    private var inRun = false
    private var tables: [TableCursor] = []
    private var tableCount = 0

    init(text: DocumentText) { self.text = text }

    override func start(_ element: XMLStartTag) {
        let name = element.name
        if name == "t" {
            inRun = true
        } else if name == "p" {
            paragraph.removeAll(keepingCapacity: true)
            style = nil
        } else if name == "pStyle" {
            style = element.attribute("val")
        } else if name == "tab" || name == "br" || name == "cr" {
            paragraph.append(32)
        } else if name == "tbl" {
            tableCount += 1
            tables.append(TableCursor(number: tableCount))
        } else if name == "tr", !tables.isEmpty {
            tables[tables.count - 1].row += 1
            tables[tables.count - 1].cell = 0
            tables[tables.count - 1].cells = []
        } else if name == "tc", !tables.isEmpty {
            tables[tables.count - 1].cell += 1
            tables[tables.count - 1].cellText = ""
        }
    }

    override func end(_ name: XMLName) {
        if name == "t" {
            inRun = false
        } else if name == "p" {
            endParagraph()
        } else if name == "tc", !tables.isEmpty {
            let cell = tables[tables.count - 1].cellText.trimmed
            tables[tables.count - 1].cells.append(cell)
        } else if name == "tr", let table = tables.last {
            control.consider(row: table.cells)
        } else if name == "tbl", !tables.isEmpty {
            tables.removeLast()
            control.endTable()
        }
    }

    override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inRun { paragraph.append(contentsOf: bytes) }
    }

    /// Hands the paragraph to the text as bytes; a String is built only where one is needed (a
    /// table cell, the title, a `Label: value` line).
    private func endParagraph() {
        guard paragraph.contains(where: { $0 > 32 }) else { return }
        if Self.hasPlaceholder(paragraph) { placeholderParagraphs += 1 }
        let level = Self.headingLevel(style)
        let location: String
        if let table = tables.last {
            let content = String(decoding: paragraph, as: UTF8.self).trimmed
            tables[tables.count - 1].cellText += tables[tables.count - 1].cellText.isEmpty ? content : " " + content
            location = "table \(table.number), row \(table.row), cell \(table.cell)"
        } else {
            if level == 0, title == nil { title = String(decoding: paragraph, as: UTF8.self).trimmed }
            if level < 0, paragraph.prefix(40).contains(58) {  // "Label: value"
                control.consider(paragraph: String(decoding: paragraph, as: UTF8.self).trimmed)
            }
            location = level == 0 ? "title" : level > 0 ? "heading \(level)" : "paragraph"
        }
        paragraph.withUnsafeBufferPointer { bytes in text.add(bytes, writingLocation: { $0.append(contentsOf: location.utf8) }) }
    }

    /// Whether the paragraph holds an unfilled `{{ ... }}` template placeholder.
    private static func hasPlaceholder(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.indices.first(where: { $0 + 1 < bytes.count && bytes[$0] == 123 && bytes[$0 + 1] == 123 }) else {
            return false
        }
        return bytes[open...].indices.contains { $0 + 1 < bytes.count && bytes[$0] == 125 && bytes[$0 + 1] == 125 }
    }

    /// 0 for a title style, 1-9 for headings (`Heading2`, German `berschrift2`), -1 otherwise.
    private static func headingLevel(_ style: String?) -> Int {
        guard let style = style?.lowercased() else { return -1 }
        if style == "title" || style == "titel" { return 0 }
        guard style.hasPrefix("heading") || style.hasPrefix("berschrift") || style.hasPrefix("überschrift"),
              let digit = style.last?.wholeNumberValue else { return -1 }
        return digit
    }
}
