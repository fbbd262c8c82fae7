import AssessorTestSupport
import Foundation
import ZIPFoundation

/// Builds small Office files (and broken ones) for the tests, with ZIPFoundation.
enum OfficeFixture {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A Word document whose body is `body` (WordprocessingML inside `<w:body>`).
    @discardableResult
    static func docx(_ name: String, in folder: TemporaryFolder, body: String, title: String = "",
                     modified: String = "2025-03-01T10:00:00Z", prolog: String = "") throws -> URL {
        try zip(name, in: folder, entries: [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("word/document.xml", #"<?xml version="1.0" encoding="UTF-8"?>"# + prolog
                + #"<w:document xmlns:w="\#(wordNamespace)"><w:body>\#(body)</w:body></w:document>"#),
            ("docProps/core.xml", core(title: title, modified: modified)),
        ])
    }

    static func core(title: String, modified: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(title)</dc:title><dc:creator>Ada Auditor</dc:creator>\
        <dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T09:00:00Z</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">\(modified)</dcterms:modified></cp:coreProperties>
        """
    }

    static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/></w:pPr>"# } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static func table(_ rows: [[String]]) -> String {
        "<w:tbl>" + rows.map { row in
            "<w:tr>" + row.map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
        }.joined() + "</w:tbl>"
    }

    /// A workbook with one sheet of rows (inline strings), named `sheet`.
    @discardableResult
    static func xlsx(_ name: String, in folder: TemporaryFolder, sheet: String, rows: [[String]]) throws -> URL {
        let cells = rows.enumerated().map { index, row in
            "<row r=\"\(index + 1)\">" + row.enumerated().map { column, value in
                let reference = String(UnicodeScalar(UInt8(65 + column))) + "\(index + 1)"
                return value.isEmpty ? "" : "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
            }.joined() + "</row>"
        }.joined()
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return try zip(name, in: folder, entries: [
            ("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(relations)"><sheets><sheet name="\#(sheet)" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relations)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(main)"><sheetData>\#(cells)</sheetData></worksheet>"#),
            ("docProps/core.xml", core(title: "", modified: "2025-02-01T00:00:00Z")),
        ])
    }

    /// A zip file of text entries.
    @discardableResult
    static func zip(_ name: String, in folder: TemporaryFolder, entries: [(String, String)]) throws -> URL {
        let url = folder.path(name)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    /// A zip whose `word/document.xml` inflates from little to `megabytes` of empty paragraphs.
    static func zipBomb(_ name: String, in folder: TemporaryFolder, megabytes: Int) throws -> URL {
        let url = try docx(name, in: folder, body: OfficeFixture.paragraph("decoy"))
        let archive = try Archive(url: url, accessMode: .update)
        try archive.remove(archive["word/document.xml"]!)
        let size = Int64(megabytes) << 20
        let start = Data(#"<w:document xmlns:w="\#(wordNamespace)"><w:body>"#.utf8)
        let paragraphs = Data(String(repeating: "<w:p/>", count: 1 << 14).utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: size, compressionMethod: .deflate) {
            position, chunk in
            let offset = Int(position) < start.count ? 0 : (Int(position) - start.count) % 6
            return position == 0 ? start + paragraphs.prefix(chunk - start.count) : paragraphs.dropFirst(offset).prefix(chunk)
        }
        return url
    }
}
