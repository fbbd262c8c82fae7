internal import CLibXML2

/// Streams an XML document through libxml2's SAX2 push parser to an ``XMLHandler``: bytes are fed
/// as they are read (from a file, from a zip entry as it is inflated) and events are handed on at
/// once, so memory stays flat whatever the size, and no tree node or String is built per element
/// (about three times less work than libxml2's `xmlTextReader`, which `xmllint --stream` uses).
/// Parsing is locked down: no network, no entity expansion, no DTD loading, and a document that
/// declares a DTD at all is stopped at its `<!DOCTYPE>` and refused (``XMLReadError/declaresDTD``:
/// XXE and "billion laughs" attacks live there).
///
/// ```swift
/// let parser = try XMLPushParser(name: "catalog.xml", handler: handler)
/// for chunk in chunks { try parser.feed(chunk) }
/// try parser.finish()
/// ```
public final class XMLPushParser {
    private let context: xmlParserCtxtPtr
    private let handler: XMLHandler
    /// Names the document in libxml2's messages.
    public let name: String

    /// `XML_PARSE_NONET | NOERROR | NOWARNING`, and never NOENT, DTDLOAD or HUGE.
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// A parser reporting to `handler`, which the caller keeps alive until ``finish()``.
    public init(name: String, handler: XMLHandler) throws(XMLReadError) {
        LibXML2.prepare()
        self.name = name
        self.handler = handler
        guard let context = handler.makeParser(name: name, options: Self.options) else {
            throw .unreadable("libxml2 could not start parsing")
        }
        self.context = context
    }

    deinit { xmlFreeParserCtxt(context) }

    /// Parses the next bytes of the document. Throws on malformed XML or a DTD.
    public func feed(_ bytes: UnsafeRawBufferPointer) throws(XMLReadError) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        try check(xmlParseChunk(context, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0))
    }

    /// Ends the document: throws when it is incomplete (or empty).
    public func finish() throws(XMLReadError) {
        try check(xmlParseChunk(context, nil, 0, 1))
        handler.flushText()
    }

    private func check(_ status: Int32) throws(XMLReadError) {
        if handler.declaresDTD { throw .declaresDTD }
        if status != 0 || handler.error != nil { throw .malformed(handler.error ?? "not well-formed XML") }
    }
}
