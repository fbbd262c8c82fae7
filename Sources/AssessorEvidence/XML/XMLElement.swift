import Foundation

/// An element's local name as libxml2 hands it over (interned in the document's dictionary, so
/// the pointer stays valid while the parser lives), compared without building a String.
struct XMLName {
    let pointer: UnsafePointer<UInt8>

    /// Whether the name is `literal`: a byte comparison, no String.
    @inline(__always)
    static func == (name: XMLName, literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let other = literal.utf8Start
        for index in 0..<count where name.pointer[index] != other[index] { return false }
        return name.pointer[count] == 0
    }

    /// The name's UTF-8 bytes.
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// An element as it starts: its local name, namespace and attributes (SAX2's five pointers per
/// attribute: local name, prefix, namespace, value start, value end).
struct XMLElement {
    let name: XMLName
    let namespace: UnsafePointer<UInt8>?
    let attributes: UnsafePointer<UnsafePointer<UInt8>?>?
    let attributeCount: Int

    /// The namespace URI, empty when the element has none.
    var namespaceURI: String { namespace.map { String(cString: $0) } ?? "" }

    /// The value of an attribute by its local name, whatever its prefix (`w:val` is `val`).
    func attribute(_ local: StaticString) -> String? {
        guard let attributes else { return nil }
        for index in 0..<attributeCount {
            let base = attributes + index * 5
            guard let name = base[0], XMLName(pointer: name) == local, let start = base[3], let end = base[4] else { continue }
            return Self.decode(UnsafeBufferPointer(start: start, count: end - start))
        }
        return nil
    }

    /// libxml2 leaves an escaped ampersand in an attribute value as `&#38;` (every other reference
    /// is resolved): the value as written means `&`.
    private static func decode(_ value: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: value, as: UTF8.self)
        return value.contains(38) ? text.replacingOccurrences(of: "&#38;", with: "&") : text
    }
}

/// A handler made of closures, for small parts read in a few lines (core properties, relationships).
final class XMLEvents: XMLHandler {
    private let onStart: (XMLElement) -> Void
    private let onEnd: (XMLName) -> Void
    private let onText: (UnsafeBufferPointer<UInt8>) -> Void

    init(start: @escaping (XMLElement) -> Void = { _ in }, end: @escaping (XMLName) -> Void = { _ in },
         text: @escaping (UnsafeBufferPointer<UInt8>) -> Void = { _ in }) {
        onStart = start
        onEnd = end
        onText = text
    }

    override func start(_ element: XMLElement) { onStart(element) }
    override func end(_ name: XMLName) { onEnd(name) }
    override func text(_ bytes: UnsafeBufferPointer<UInt8>) { onText(bytes) }
}
