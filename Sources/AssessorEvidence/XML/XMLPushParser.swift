internal import CLibXML2
import Foundation

/// Streams an XML document through libxml2's SAX2 push parser to an ``XMLHandler``: bytes are fed
/// as they are read (from a file, from a zip entry as it is inflated) and events are handed on at
/// once, so memory stays flat whatever the size, and no tree node or String is built per element
/// (about three times less work than libxml2's `xmlTextReader`, which `xmllint --stream` uses).
/// Parsing is locked down: no network, no entity expansion, no DTD loading, and a document that
/// declares a DTD at all is stopped at its `<!DOCTYPE` and refused (evidence exports never need
/// one, and XXE and "billion laughs" attacks live there).
final class XMLPushParser {
    private let context: xmlParserCtxtPtr
    private let handler: XMLHandler
    /// Names the document in error messages.
    let name: String

    /// `XML_PARSE_NONET | NOERROR | NOWARNING`, and never NOENT, DTDLOAD or HUGE.
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    init(name: String, handler: XMLHandler) throws(EvidenceError.Reason) {
        Self.prepare()
        self.name = name
        self.handler = handler
        guard let context = handler.makeParser(name: name, options: Self.options) else {
            throw .unreadable("libxml2 could not start parsing")
        }
        self.context = context
    }

    deinit { xmlFreeParserCtxt(context) }

    /// Parses the next bytes of the document. Throws on malformed XML or a DTD.
    func feed(_ bytes: UnsafeRawBufferPointer) throws(EvidenceError.Reason) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        try check(xmlParseChunk(context, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0))
    }

    /// Ends the document: throws when it is incomplete (or empty).
    func finish() throws(EvidenceError.Reason) {
        try check(xmlParseChunk(context, nil, 0, 1))
        handler.flushText()
    }

    private func check(_ status: Int32) throws(EvidenceError.Reason) {
        if handler.declaresDTD {
            throw .refused("declares a DTD (<!DOCTYPE>), which can hide external or exploding entities")
        }
        if status != 0 || handler.error != nil { throw .malformed(handler.error ?? "not well-formed XML") }
    }

    /// Parses a whole file: from memory when it is held there, else read from disk; 256 KiB at a time.
    static func parse(_ file: EvidenceFile, with handler: XMLHandler) throws(EvidenceError.Reason) {
        let parser = try XMLPushParser(name: file.url.lastPathComponent, handler: handler)
        if let contents = file.contents {
            let failure = contents.withUnsafeBytes { bytes -> EvidenceError.Reason? in
                for start in stride(from: 0, to: bytes.count, by: chunkSize) {
                    do throws(EvidenceError.Reason) {
                        try parser.feed(UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + chunkSize, bytes.count)]))
                    } catch {
                        return error
                    }
                }
                return nil
            }
            if let failure { throw failure }
        } else {
            try EvidenceFile.forEachChunk(of: file.url.path, size: chunkSize) { bytes throws(EvidenceError.Reason) in
                try parser.feed(bytes)
            }
        }
        try parser.finish()
    }

    private static let chunkSize = 256 << 10

    /// libxml2's global set-up (once, before any thread parses), and its generic error output
    /// silenced (a per-thread setting).
    private static func prepare() {
        _ = initialised
        assessor_xml_silence_errors()
    }

    private static let initialised: Void = xmlInitParser()
}
