import Foundation

/// The properties of an Office file: title, author and dates from `docProps/core.xml`, and named
/// custom properties (`Version`, `Review date`) from `docProps/custom.xml`.
struct OfficeProperties {
    var title: String?
    var author: String?
    var created: Date?
    var modified: Date?
    var custom: [(name: String, value: String)] = []

    static func read(from container: ZipContainer) throws(EvidenceError.Reason) -> OfficeProperties {
        var properties = OfficeProperties()
        try container.withPart("docProps/core.xml") { reader throws(EvidenceError.Reason) in
            try ElementText.each(in: reader) { name, text in
                switch name {
                case "title": properties.title = text
                case "creator": properties.author = text
                case "created": properties.created = EvidenceDate.w3c(text)
                case "modified": properties.modified = EvidenceDate.w3c(text)
                default: break
                }
            }
        }
        try container.withPart("docProps/custom.xml") { reader throws(EvidenceError.Reason) in
            var name: String?
            while try reader.read() {
                if reader.node == .element, reader.isNamed("property") { name = reader.attribute("name") }
                if reader.node == .text, let current = name {
                    properties.custom.append((current, reader.value))
                    name = nil
                }
            }
        }
        return properties
    }

    /// Feeds the custom properties to a document-control reader.
    func apply(to control: inout DocumentControl) {
        for property in custom { control.consider(property: property.name, value: property.value) }
    }
}

/// Walks a small XML part and hands each element's direct text to a closure, by local name.
enum ElementText {
    static func each(in reader: XMLStreamReader, _ body: (String, String) -> Void) throws(EvidenceError.Reason) {
        var name = ""
        var text = ""
        while try reader.read() {
            switch reader.node {
            case .element:
                name = reader.localName
                text = ""
            case .text:
                text += reader.value
            case .endElement:
                let trimmed = text.trimmed
                if !trimmed.isEmpty { body(name, trimmed) }
                text = ""
            case .other:
                break
            }
        }
    }
}
