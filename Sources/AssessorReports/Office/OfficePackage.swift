import Foundation
import ZIPFoundation

/// An Office Open XML package: XML parts zipped with their content types and relationships, the
/// parts DOCX and XLSX share (`[Content_Types].xml`, `_rels/.rels`, `docProps/`).
struct OfficePackage {
    /// A part's path inside the package and its XML.
    typealias Part = (path: String, xml: String)

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let escaper = XmlEscaper()

    var parts: [Part] = []

    /// The package with its content types, package relationships and document properties.
    /// `main` is the main part's path and content type; `overrides` the content types of the others.
    init(main: (path: String, contentType: String), overrides: [(path: String, contentType: String)], title: String,
         created: CalendarDate) {
        let types = ([main] + overrides + [
            ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]).map { "<Override PartName=\"/\($0.path)\" ContentType=\"\($0.contentType)\"/>" }.joined()
        parts.append(("[Content_Types].xml", Self.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>\(types)</Types>"))
        let office = Self.relationshipNamespace
        parts.append(("_rels/.rels", Self.relationships([
            ("\(office)/officeDocument", main.path),
            ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("\(office)/extended-properties", "docProps/app.xml"),
        ])))
        let timestamp = "\(created.description)T00:00:00Z"
        parts.append(("docProps/core.xml", Self.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>\(Self.escaper.escape(title))</dc:title>"
            + "<dc:creator>assessor</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">\(timestamp)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(timestamp)</dcterms:modified></cp:coreProperties>"))
        parts.append(("docProps/app.xml", Self.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>assessor</Application></Properties>"))
    }

    /// A relationships part: `rId1`, `rId2`... in the order given.
    static func relationships(_ targets: [(type: String, target: String)]) -> String {
        let entries = targets.enumerated().map { index, relationship in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationship.type)\" Target=\"\(relationship.target)\"/>"
        }
        return declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + entries.joined() + "</Relationships>"
    }

    /// The zipped package, `[Content_Types].xml` first, every part deflated.
    func zipped(modified: Date) throws(ReportError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: modified, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw ReportError("the package was not written") }
            return data
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError("cannot zip the report: \(error)")
        }
    }
}
