import AssessorXML
import Foundation

/// One XML part of an Office Open XML package: its path inside the package and its bytes, written
/// through libxml2 (``XMLStreamWriter``), never by joining strings.
struct OfficePart {
    var path: String
    var xml: Data

    /// A standalone UTF-8 part: `root` declaring `namespace`, around what `content` writes.
    init(_ path: String, root: String, namespace: String,
         content: (XMLStreamWriter) throws -> Void) throws(ReportError) {
        do {
            xml = try XMLStreamWriter.document(root: root, namespace: namespace, content: content)
        } catch {
            throw ReportError("cannot write \(path) of the report: \(error)")
        }
        self.path = path
    }

    /// A relationships part: `rId1`, `rId2`... in the order given.
    static func relationships(_ path: String, _ targets: [(type: String, target: String)]) throws(ReportError) -> OfficePart {
        try OfficePart(path, root: "Relationships", namespace: OfficeNamespace.packageRelationships) { writer in
            for (index, relationship) in targets.enumerated() {
                try writer.element("Relationship", ["Id": "rId\(index + 1)", "Type": relationship.type,
                                                    "Target": relationship.target])
            }
        }
    }
}
