import Foundation

/// An element as it starts: its local name, namespace and attributes, valid during the
/// ``XMLHandler/start(_:)`` call only. (Not `XMLElement`, which Foundation has on macOS.)
public struct XMLStartTag {
    /// The local name (`p` of `w:p`).
    public let name: XMLName
    let namespace: UnsafePointer<UInt8>?
    /// SAX2's five pointers per attribute: local name, prefix, namespace, value start, value end.
    @usableFromInline let attributes: UnsafePointer<UnsafePointer<UInt8>?>?
    @usableFromInline let attributeCount: Int

    init(name: XMLName, namespace: UnsafePointer<UInt8>?, attributes: UnsafePointer<UnsafePointer<UInt8>?>?, attributeCount: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.attributeCount = attributeCount
    }

    /// The namespace URI, empty when the element has none.
    public var namespaceURI: String { namespace.map { String(cString: $0) } ?? "" }

    /// The value of an attribute by its local name, whatever its prefix (`w:val` is `val`).
    @inlinable
    public func attribute(_ local: StaticString) -> String? {
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
    @usableFromInline
    static func decode(_ value: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: value, as: UTF8.self)
        return value.contains(38) ? text.replacingOccurrences(of: "&#38;", with: "&") : text
    }
}
