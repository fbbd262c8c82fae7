import AssessorXML
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
        try container.parse("docProps/core.xml", with: ElementText { name, text in
            if name == "title" {
                properties.title = text
            } else if name == "creator" {
                properties.author = text
            } else if name == "created" {
                properties.created = EvidenceDate.w3c(text)
            } else if name == "modified" {
                properties.modified = EvidenceDate.w3c(text)
            }
        })
        var name: String?
        try container.parse("docProps/custom.xml", with: XMLEvents(start: { element in
            if element.name == "property" { name = element.attribute("name") }
        }, text: { bytes in
            guard let current = name, bytes.contains(where: { $0 > 32 }) else { return }
            properties.custom.append((current, String(decoding: bytes, as: UTF8.self)))
            name = nil
        }))
        return properties
    }

    /// Feeds the custom properties to a document-control reader.
    func apply(to control: inout DocumentControl) {
        for property in custom { control.consider(property: property.name, value: property.value) }
    }
}

/// Hands each element's direct text, trimmed, to a closure with the element's name, in a small part.
final class ElementText: XMLHandler {
    private let body: (XMLName, String) -> Void
    private var text: [UInt8] = []

    init(_ body: @escaping (XMLName, String) -> Void) { self.body = body }

    override func start(_ element: XMLStartTag) { text.removeAll(keepingCapacity: true) }

    override func text(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(contentsOf: bytes) }

    override func end(_ name: XMLName) {
        let trimmed = String(decoding: text, as: UTF8.self).trimmed
        if !trimmed.isEmpty { body(name, trimmed) }
        text.removeAll(keepingCapacity: true)
    }
}
