import AssessorCore
import AssessorXML
import Foundation

/// Excel workbooks: every non-empty cell of every sheet, located as `Sheet!B11`, with shared
/// strings resolved and sheet names from `xl/workbook.xml`; a document-control block in the cells;
/// and control tables (a Statement of Applicability, a gap assessment) recognised by their header
/// row, whose statuses become suggested answers.
struct XlsxImporter: EvidenceImporter {
    var format: EvidenceItem.Format { .xlsx }

    func read(_ file: EvidenceFile, into text: DocumentText, limits: ZipLimits) throws(EvidenceError.Reason) -> DocumentFacts {
        let container = try ZipContainer(file, limits: limits)
        let properties = try OfficeProperties.read(from: container)
        let book = try WorkbookIndex.read(from: container)
        let strings = try SharedStrings.read(from: container)
        var control = DocumentControl()
        properties.apply(to: &control)
        var tables = ControlTableReader(title: (properties.title ?? "") + " " + file.url.lastPathComponent)
        for sheet in book.sheets {
            try container.parse(sheet.part, with: SheetRows(strings: strings) { row in
                for cell in row.cells where !cell.value.isEmpty {
                    text.add(cell.value, at: "\(sheet.name)!\(cell.reference)")
                }
                control.consider(row: row.values)
                tables.consider(row, sheet: sheet.name)
            })
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
        try container.parse("xl/_rels/workbook.xml.rels", with: XMLEvents(start: { element in
            guard element.name == "Relationship", let id = element.attribute("Id"), let target = element.attribute("Target") else { return }
            targets[id] = target
        }))
        var index = WorkbookIndex()
        let found = try container.parse("xl/workbook.xml", with: XMLEvents(start: { element in
            guard element.name == "sheet", let name = element.attribute("name"), let id = element.attribute("id"),
                  let target = targets[id] else { return }
            let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            index.sheets.append((name, part))
        }))
        guard found else { throw .malformed("no xl/workbook.xml: not an Excel workbook") }
        return index
    }
}

/// The shared strings table (`xl/sharedStrings.xml`) that cells of type `s` point into.
enum SharedStrings {
    static func read(from container: ZipContainer) throws(EvidenceError.Reason) -> [String] {
        var strings: [String] = []
        var current: [UInt8] = []
        var inText = false
        var phonetic = false
        try container.parse("xl/sharedStrings.xml", with: XMLEvents(start: { element in
            if element.name == "si" { current.removeAll(keepingCapacity: true) }
            if element.name == "rPh" { phonetic = true }
            inText = element.name == "t" && !phonetic
        }, end: { name in
            if name == "si" { strings.append(String(decoding: current, as: UTF8.self)) }
            if name == "rPh" { phonetic = false }
            inText = false
        }, text: { bytes in
            if inText { current.append(contentsOf: bytes) }
        }))
        return strings
    }
}
