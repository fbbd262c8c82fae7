/// Why libxml2 could not write a piece of XML: one line naming the piece (`the start of <w:p>`,
/// `attribute w:val of <w:pStyle>`), with libxml2's own reason when it gave one.
public struct XMLWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
