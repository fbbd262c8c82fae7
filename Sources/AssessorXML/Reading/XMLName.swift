import Foundation

/// An element's local name as libxml2 hands it over (interned in the document's dictionary, so the
/// pointer stays valid while the parser lives), compared without building a String. Keep the
/// pointer, not a copy, to remember a name for the rest of the parse (an element path, say).
public struct XMLName {
    /// The name's NUL-terminated UTF-8 bytes, owned by the parser.
    public let pointer: UnsafePointer<UInt8>

    /// A name from a pointer this parse handed over earlier (``pointer``).
    @inlinable
    public init(pointer: UnsafePointer<UInt8>) {
        self.pointer = pointer
    }

    /// Whether the name is `literal`: a byte comparison, no String.
    @inlinable @inline(__always)
    public static func == (name: XMLName, literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let other = literal.utf8Start
        for index in 0..<count where name.pointer[index] != other[index] { return false }
        return name.pointer[count] == 0
    }

    /// The name's UTF-8 bytes.
    @inlinable
    public var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
    }

    /// The name as a String.
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
