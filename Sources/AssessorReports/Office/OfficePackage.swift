import Foundation
import ZIPFoundation

/// An Office Open XML package: XML parts zipped with their content types and relationships, the
/// parts DOCX and XLSX share (`[Content_Types].xml`, `_rels/.rels`, `docProps/`).
struct OfficePackage {
    var parts: [OfficePart] = []

    /// The package with its content types, package relationships and document properties.
    /// `main` is the main part's path and content type; `overrides` the content types of the others.
    init(main: (path: String, contentType: String), overrides: [(path: String, contentType: String)], title: String,
         created: CalendarDate) throws(ReportError) {
        let types = [main] + overrides + [
            ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        parts.append(try OfficePart("[Content_Types].xml", root: "Types", namespace: OfficeNamespace.contentTypes) { writer in
            try writer.element("Default", ["Extension": "rels",
                                           "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            try writer.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
            for type in types { try writer.element("Override", ["PartName": "/\(type.path)", "ContentType": type.contentType]) }
        })
        let office = OfficeNamespace.relationships
        parts.append(try OfficePart.relationships("_rels/.rels", [
            ("\(office)/officeDocument", main.path),
            ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("\(office)/extended-properties", "docProps/app.xml"),
        ]))
        let timestamp = "\(created.description)T00:00:00Z"
        parts.append(try OfficePart("docProps/core.xml", root: "cp:coreProperties",
                                    namespace: OfficeNamespace.coreProperties) { writer in
            try writer.declareNamespace(OfficeNamespace.dublinCore, prefix: "dc")
            try writer.declareNamespace(OfficeNamespace.dublinCoreTerms, prefix: "dcterms")
            try writer.declareNamespace(OfficeNamespace.schemaInstance, prefix: "xsi")
            try writer.element("dc:title", text: title)
            try writer.element("dc:creator", text: "assessor")
            try writer.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: timestamp)
            try writer.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: timestamp)
        })
        parts.append(try OfficePart("docProps/app.xml", root: "Properties",
                                    namespace: OfficeNamespace.extendedProperties) { writer in
            try writer.element("Application", text: "assessor")
        })
    }

    /// The zipped package, `[Content_Types].xml` first, every part deflated.
    func zipped(modified: Date) throws(ReportError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = part.xml
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
