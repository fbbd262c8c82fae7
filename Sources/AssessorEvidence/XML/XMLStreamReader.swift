internal import CLibXML2
import Foundation

/// A forward-only walk through an XML document with libxml2's `xmlTextReader`: memory stays flat
/// whatever the size. Parsing is locked down: no network, no entity expansion, no DTD loading, and
/// a document that declares a DTD at all is refused (evidence exports never need one, and XXE and
/// "billion laughs" attacks live there).
final class XMLStreamReader {
    /// What the cursor stands on.
    enum Node: Equatable {
        case element
        case endElement
        case text
        case other
    }

    private let reader: xmlTextReaderPtr
    private let errors: ErrorSink
    /// The document in memory, when read from memory: libxml2 reads it in place.
    private var buffer: UnsafeMutableRawBufferPointer?
    /// Names the document in error messages.
    let name: String

    /// `XML_PARSE_NONET | NOERROR | NOWARNING | COMPACT`, and never NOENT, DTDLOAD or HUGE.
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)

    private init(_ reader: xmlTextReaderPtr?, name: String) throws(EvidenceError.Reason) {
        guard let reader else { throw .unreadable("libxml2 could not start reading") }
        self.reader = reader
        self.name = name
        errors = ErrorSink()
        let sink = Unmanaged.passUnretained(errors).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }, sink)
    }

    /// Reads from a file descriptor (a pipe fed from a zip entry, or an open file); the caller closes it.
    convenience init(fileDescriptor: Int32, name: String) throws(EvidenceError.Reason) {
        Self.prepare()
        try self.init(xmlReaderForFd(fileDescriptor, name, nil, Self.options), name: name)
    }

    /// Reads a document held in memory (a small zip part).
    convenience init(data: Data, name: String) throws(EvidenceError.Reason) {
        Self.prepare()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: buffer.bindMemory(to: UInt8.self))
        let reader = xmlReaderForMemory(buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), name, nil,
                                        Self.options)
        do {
            try self.init(reader, name: name)
        } catch {
            buffer.deallocate()
            throw error
        }
        self.buffer = buffer
    }

    /// Reads a file from disk.
    convenience init(path: String) throws(EvidenceError.Reason) {
        Self.prepare()
        try self.init(xmlReaderForFile(path, nil, Self.options), name: (path as NSString).lastPathComponent)
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer?.deallocate()
    }

    /// libxml2's global set-up (once, before any thread parses), and its error output silenced
    /// (a per-thread setting).
    private static func prepare() {
        _ = initialised
        assessor_xml_silence_errors()
    }

    private static let initialised: Void = xmlInitParser()

    /// Moves to the next node; false at the end of the document. Throws on malformed XML or a DTD.
    func read() throws(EvidenceError.Reason) -> Bool {
        let status = xmlTextReaderRead(reader)
        if status < 0 || (status == 0 && errors.message != nil) {
            let message = errors.message ?? "not well-formed XML"
            // libxml2 itself stops an exploding entity in the DTD ("billion laughs") before the
            // DOCTYPE node is seen: that is a hostile file, not a broken one.
            if message.lowercased().contains("entity") {
                throw .refused("declares entities in a DTD that libxml2 stopped (\(message))")
            }
            throw .malformed(message)
        }
        if status == 0 { return false }
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): node = .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): node = .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
             Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):  // a `<w:t xml:space="preserve"> </w:t>` run
            node = .text
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            throw .refused("declares a DTD (<!DOCTYPE>), which can hide external or exploding entities")
        default: node = .other
        }
        return true
    }

    /// What the cursor stands on after the last `read()`.
    private(set) var node = Node.other

    /// Element depth, 0 for the root.
    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The local name, interned by libxml2: the pointer stays valid while the reader lives, so it
    /// can be kept in a path stack without building a String.
    var internedLocalName: UnsafePointer<CChar>? {
        xmlTextReaderConstLocalName(reader).map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
    }

    /// Whether the current node's local name is `name` (no String is built).
    func isNamed(_ name: StaticString) -> Bool {
        guard let local = xmlTextReaderConstLocalName(reader) else { return false }
        return strcmp(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    var localName: String { internedLocalName.map { String(cString: $0) } ?? "" }

    var namespaceURI: String {
        xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) } ?? ""
    }

    /// The value of a text node as raw UTF-8, valid until the next `read()`.
    var valueBytes: UnsafeBufferPointer<UInt8> {
        guard let value = xmlTextReaderConstValue(reader) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)))
    }

    var value: String { String(decoding: valueBytes, as: UTF8.self) }

    /// An attribute of the current element by its qualified name (`w:val`), or nil.
    func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { assessor_xml_free(value) }
        return String(cString: value)
    }

    /// An attribute by local name, whatever its namespace prefix.
    func attribute(local name: String) -> String? {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        repeat {
            if let local = xmlTextReaderConstLocalName(reader), String(cString: local) == name,
               let value = xmlTextReaderConstValue(reader) {
                return String(cString: value)
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        return nil
    }

    /// Collects libxml2's first error for this reader, so it can be reported in one line.
    private final class ErrorSink {
        var message: String?

        func record(_ error: xmlError) {
            guard message == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let text = error.message.map { String(cString: $0) }?.trimmed ?? "error"
            message = error.line > 0 ? "line \(error.line): \(text)" : text
        }
    }
}
