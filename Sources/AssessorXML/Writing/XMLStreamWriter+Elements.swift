import Foundation

/// Shorthands for the common shapes: a whole element in one call, an element around what a
/// closure writes, and a whole standalone document.
extension XMLStreamWriter {
    /// An element with its attributes (in the order given) and optional text, ended at once.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil)
        throws(XMLWriteError) {
        try startElement(name)
        for (attribute, value) in attributes { try self.attribute(attribute, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// An element with its attributes, around what `content` writes. Rethrows what `content` throws
    /// (Swift does not yet infer a closure's typed throws from its context).
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:],
                        content: () throws -> Void) throws {
        try startElement(name)
        for (attribute, value) in attributes { try self.attribute(attribute, value) }
        try content()
        try endElement()
    }

    /// A standalone UTF-8 document: the declaration, then `root` declaring `namespace`, around
    /// what `content` writes (further namespace declarations and attributes first).
    public static func document(root: String, namespace: String,
                                content: (XMLStreamWriter) throws -> Void) throws -> Data {
        let writer = try XMLStreamWriter()
        try writer.startDocument(standalone: true)
        try writer.startElement(root, namespace: namespace)
        try content(writer)
        try writer.endElement()
        return try writer.finish()
    }
}
