import AssessorCore
import Foundation

/// Excel workbooks: every non-empty cell of every sheet, located as `Sheet!B11`, with shared
/// strings resolved and sheet names from `xl/workbook.xml`; a document-control block in the cells;
/// and control tables (a Statement of Applicability, a gap assessment) recognised by their header
/// row, whose statuses become suggested answers.
struct XlsxImporter: EvidenceImporter {
    var format: EvidenceItem.Format { .xlsx }

    func read(_ url: URL, into text: DocumentText, limits: ZipLimits) throws(EvidenceError.Reason) -> DocumentFacts {
        let container = try ZipContainer(url: url, limits: limits)
        let properties = try OfficeProperties.read(from: container)
        let book = try WorkbookIndex.read(from: container)
        let strings = try SharedStrings.read(from: container)
        var control = DocumentControl()
        properties.apply(to: &control)
        var tables = ControlTableReader(title: (properties.title ?? "") + " " + url.lastPathComponent)
        for sheet in book.sheets {
            let rows = SheetRows(sheet: sheet.name, strings: strings)
            try container.withPart(sheet.part) { reader throws(EvidenceError.Reason) in
                try rows.read(reader) { row in
                    for cell in row.cells where !cell.value.isEmpty {
                        text.add(cell.value, at: "\(sheet.name)!\(cell.reference)")
                    }
                    control.consider(row: row.values)
                    tables.consider(row, sheet: sheet.name)
                }
            }
            control.endTable()
            tables.endSheet()
        }
        var facts = DocumentFacts(title: properties.title, author: properties.author, created: properties.created,
                                  modified: properties.modified)
        facts.adopt(control)
        if let found = tables.result(analyser: text.analyserSoFar()) {
            facts.recognisedAs = found.description
            facts.statuses = found.statuses
            facts.context = found.standard
        }
        return facts
    }
}

/// The sheets of a workbook in order, with the part that holds each.
struct WorkbookIndex {
    var sheets: [(name: String, part: String)] = []

    static func read(from container: ZipContainer) throws(EvidenceError.Reason) -> WorkbookIndex {
        var targets: [String: String] = [:]
        try container.withPart("xl/_rels/workbook.xml.rels") { reader throws(EvidenceError.Reason) in
            while try reader.read() {
                guard reader.node == .element, reader.isNamed("Relationship") else { continue }
                if let id = reader.attribute("Id"), let target = reader.attribute("Target") { targets[id] = target }
            }
        }
        var index = WorkbookIndex()
        let found: Void? = try container.withPart("xl/workbook.xml") { reader throws(EvidenceError.Reason) in
            while try reader.read() {
                guard reader.node == .element, reader.isNamed("sheet"), let name = reader.attribute("name"), let id = reader.attribute(local: "id"),
                      let target = targets[id] else { continue }
                let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                index.sheets.append((name, part))
            }
        }
        guard found != nil else { throw .malformed("no xl/workbook.xml: not an Excel workbook") }
        return index
    }
}

/// The shared strings table (`xl/sharedStrings.xml`) that cells of type `s` point into.
enum SharedStrings {
    static func read(from container: ZipContainer) throws(EvidenceError.Reason) -> [String] {
        var strings: [String] = []
        try container.withPart("xl/sharedStrings.xml") { reader throws(EvidenceError.Reason) in
            var current = ""
            var inText = false
            var phonetic = false
            while try reader.read() {
                switch reader.node {
                case .element:
                    if reader.isNamed("si") { current = "" }
                    if reader.isNamed("rPh") { phonetic = true }
                    inText = reader.isNamed("t") && !reader.isEmptyElement && !phonetic
                case .endElement:
                    if reader.isNamed("si") { strings.append(current) }
                    if reader.isNamed("rPh") { phonetic = false }
                    inText = false
                case .text where inText: current += reader.value
                case .text, .other: break
                }
            }
        }
        return strings
    }
}
