internal import CLibXML2
import Foundation

/// Writes one XML document, or a fragment such as an inline SVG, into memory with libxml2's
/// `xmlTextWriter`: libxml2 escapes text and attribute values (`<`, `>`, `&`, `"`, and in
/// attributes tab and line breaks); characters XML 1.0 forbids are removed first, since libxml2
/// would write them as they are. There is no raw output: every piece is an element, an attribute
/// or text. Every libxml2 call is checked, and a failure throws ``XMLWriteError`` naming the piece.
/// Text keeps non-ASCII characters as they are; so do attribute values in a document, while in a
/// fragment libxml2 writes them as character references (`&#xFC;`), which parsers read the same.
///
/// ```swift
/// let writer = try XMLStreamWriter()
/// try writer.startDocument(standalone: true)
/// try writer.startElement("w:document", namespace: "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
/// try writer.element("w:t", text: "Tom & Jerry")
/// try writer.endElement()
/// let xml = try writer.finish()   // <?xml ...?>\n<w:document xmlns:w="..."><w:t>Tom &amp; Jerry</w:t></w:document>
/// ```
public final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// The elements started and not yet ended, innermost last. (Only this object touches its state,
    /// one call at a time: the run-time exclusivity checks would cost more than the writing.)
    @exclusivity(unchecked) private var open: [String] = []
    @exclusivity(unchecked) private var finished = false

    /// A writer into memory; call ``startDocument(standalone:)`` first for a document, or start an
    /// element straight away for a fragment (no XML declaration).
    public init() throws(XMLWriteError) {
        LibXML2.prepare()
        guard let buffer = xmlBufferCreate() else { throw XMLWriteError("libxml2 could not allocate an output buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriteError("libxml2 could not create a writer")
        }
        self.buffer = buffer
        self.writer = writer
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// The XML declaration: version 1.0, UTF-8, and `standalone="yes"` when asked (Office Open XML
    /// parts carry it). Followed by a line break.
    public func startDocument(standalone: Bool = false) throws(XMLWriteError) {
        try usable("the XML declaration")
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil), "the XML declaration")
    }

    /// Starts an element with a qualified name (`w:p`, `svg`); with `namespace`, declares it for the
    /// name's prefix (`xmlns:w="..."`), or as the default namespace for a name without one.
    public func startElement(_ name: String, namespace: String? = nil) throws(XMLWriteError) {
        try validate(name, "element")
        try usable("<\(name)>")
        try check(Self.withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "the start of <\(name)>")
        open.append(name)
        if let namespace {
            try declareNamespace(namespace, prefix: XMLQualifiedName.prefix(of: name).map(String.init))
        }
    }

    /// Declares a namespace on the element just started: `xmlns:prefix="uri"`, or `xmlns="uri"`
    /// without a prefix.
    public func declareNamespace(_ uri: String, prefix: String? = nil) throws(XMLWriteError) {
        try attribute(prefix.map { "xmlns:\($0)" } ?? "xmlns", uri)
    }

    /// An attribute of the element just started (before its content); libxml2 escapes the value.
    public func attribute(_ name: String, _ value: String) throws(XMLWriteError) {
        try validate(name, "attribute")
        try usable("attribute \(name)")
        let clean = XMLCharacters.removingForbidden(value)
        let result = Self.withXMLChars(name) { name in Self.withXMLChars(clean) { xmlTextWriterWriteAttribute(writer, name, $0) } }
        try check(result, "attribute \(name) of <\(open.last ?? "")>")
    }

    /// Text content of the current element; libxml2 escapes it. Empty text writes nothing, so an
    /// element without content still closes as `<name/>`.
    public func text(_ text: String) throws(XMLWriteError) {
        try usable("text")
        guard !text.isEmpty else { return }
        let clean = XMLCharacters.removingForbidden(text)
        try check(Self.withXMLChars(clean) { xmlTextWriterWriteString(writer, $0) }, "text in <\(open.last ?? "")>")
    }

    /// Ends the innermost open element (`<name/>` when it has no content).
    public func endElement() throws(XMLWriteError) {
        try usable("an end tag")
        guard let name = open.popLast() else { throw XMLWriteError("no element is open to end") }
        try check(xmlTextWriterEndElement(writer), "the end of <\(name)>")
    }

    /// The XML written, once every element is ended; the writer takes nothing more afterwards.
    public func finish() throws(XMLWriteError) -> Data {
        try usable("the end of the document")
        if let unclosed = open.last { throw XMLWriteError("<\(unclosed)> is still open at the end of the document") }
        try check(xmlTextWriterFlush(writer), "the end of the document")
        finished = true
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private func usable(_ piece: @autoclosure () -> String) throws(XMLWriteError) {
        if finished { throw XMLWriteError("cannot write \(piece()): the document is already finished") }
    }

    private func validate(_ name: String, _ kind: String) throws(XMLWriteError) {
        guard XMLQualifiedName.isValid(name) else { throw XMLWriteError("\"\(name)\" is not a valid XML \(kind) name") }
    }

    /// libxml2 returns the bytes written, or -1 on failure.
    private func check(_ result: Int32, _ piece: @autoclosure () -> String) throws(XMLWriteError) {
        guard result < 0 else { return }
        throw XMLWriteError("libxml2 could not write \(piece())" + Self.lastErrorMessage())
    }

    /// libxml2's reason for a writing or output failure, when it recorded one (`: out of memory`).
    private static func lastErrorMessage() -> String {
        defer { xmlResetLastError() }
        guard let error = xmlGetLastError(), let message = error.pointee.message,
              [XML_FROM_WRITER, XML_FROM_OUTPUT, XML_FROM_IO, XML_FROM_MEMORY, XML_FROM_I18N]
                .contains(xmlErrorDomain(UInt32(error.pointee.domain))) else { return "" }
        return ": " + String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A Swift string as libxml2's `const xmlChar *` (UTF-8, NUL-terminated, valid during `body`).
    private static func withXMLChars(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
