internal import CLibXML2
import Foundation

/// Receives the events of an XML document from ``XMLPushParser``, in document order: subclass it
/// and override `start`, `end` and `text` (or use ``XMLEvents`` for a few closures). Everything handed over is valid only during the call:
/// keep a String or a copy of what must outlive it.
///
/// libxml2's SAX2 callbacks reach the handler directly (it is their context), with no reference
/// counting or String per event. Character data arrives in pieces (at chunk boundaries, around each
/// `&amp;`); it is gathered into one reused buffer and handed on as one text at the next tag, or in
/// 1 MiB pieces when a text is longer, so memory stays flat.
open class XMLHandler {
    /// The parser feeding this handler, while it parses.
    private(set) var context: xmlParserCtxtPtr?
    /// The first error libxml2 reported, as one line.
    private(set) var error: String?
    /// Set when the document declares a DTD; parsing is stopped there.
    private(set) var declaresDTD = false
    /// The text gathered since the last tag, in memory of its own (no exclusivity check per event).
    private let gathered: UnsafeMutablePointer<TextBuffer>

    /// A handler with an empty text buffer (4 KiB, growing to 1 MiB as texts need).
    public init() {
        gathered = .allocate(capacity: 1)
        gathered.initialize(to: TextBuffer())
    }

    deinit {
        gathered.pointee.bytes.deallocate()
        gathered.deallocate()
    }

    /// An element starts (an empty element `<a/>` starts and then ends).
    open func start(_ element: XMLStartTag) {}

    /// An element ends.
    open func end(_ name: XMLName) {}

    /// The text between two tags, as raw UTF-8: character data, CDATA and white space together,
    /// with character and predefined entity references resolved.
    open func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    /// Hands the gathered text on, if any.
    @inline(__always)
    final func flushText() {
        guard gathered.pointee.count > 0 else { return }
        text(UnsafeBufferPointer(start: gathered.pointee.bytes, count: gathered.pointee.count))
        gathered.pointee.count = 0
    }

    private final func characters(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        if gathered.pointee.count + count > gathered.pointee.capacity {
            gathered.pointee.grow(toFit: count)
            if gathered.pointee.count + count > gathered.pointee.capacity {
                flushText()
                if count > gathered.pointee.capacity {
                    text(UnsafeBufferPointer(start: bytes, count: count))
                    return
                }
            }
        }
        (gathered.pointee.bytes + gathered.pointee.count).update(from: bytes, count: count)
        gathered.pointee.count += count
    }

    private final func record(_ error: xmlError) {
        guard self.error == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "error"
        self.error = error.line > 0 ? "line \(error.line): \(message)" : message
    }

    /// A buffer that doubles up to 1 MiB.
    private struct TextBuffer {
        var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 4 << 10)
        var count = 0
        var capacity = 4 << 10
        static let maximum = 1 << 20

        mutating func grow(toFit more: Int) {
            guard capacity < Self.maximum else { return }
            capacity = max(capacity * 2, min(count + more, Self.maximum))
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: bytes, count: count)
            bytes.deallocate()
            bytes = grown
        }
    }

    /// Starts a push parser that reports to this handler (which its caller keeps alive meanwhile).
    final func makeParser(name: String, options: Int32) -> xmlParserCtxtPtr? {
        var sax = Self.callbacks()
        context = xmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(self).toOpaque(), nil, 0, name)
        if let context { xmlCtxtUseOptions(context, options) }
        return context
    }

    /// Runs `body` on the handler behind a callback's context, without retaining it.
    @inline(__always)
    private static func with(_ context: UnsafeMutableRawPointer?, _ body: (XMLHandler) -> Void) {
        Unmanaged<XMLHandler>.fromOpaque(context!)._withUnsafeGuaranteedRef(body)
    }

    /// The callbacks libxml2 calls; everything not listed (comments, processing instructions) is skipped.
    private static func callbacks() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { context, localName, _, namespace, _, _, attributeCount, _, attributes in
            guard let localName else { return }
            XMLHandler.with(context) { handler in
                handler.flushText()
                handler.start(XMLStartTag(
                    name: XMLName(pointer: localName), namespace: namespace,
                    attributes: UnsafeRawPointer(attributes).map { $0.assumingMemoryBound(to: UnsafePointer<UInt8>?.self) },
                    attributeCount: Int(attributeCount)))
            }
        }
        sax.endElementNs = { context, localName, _, _ in
            guard let localName else { return }
            XMLHandler.with(context) { handler in
                handler.flushText()
                handler.end(XMLName(pointer: localName))
            }
        }
        let characters: charactersSAXFunc = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            XMLHandler.with(context) { $0.characters(bytes, Int(count)) }
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.ignorableWhitespace = characters
        sax.internalSubset = { context, _, _, _ in
            XMLHandler.with(context) { handler in
                handler.declaresDTD = true
                xmlStopParser(handler.context)
            }
        }
        sax.serror = { context, error in
            guard let context, let error else { return }
            XMLHandler.with(context) { $0.record(error.pointee) }
        }
        return sax
    }
}
