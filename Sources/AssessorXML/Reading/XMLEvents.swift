/// A handler made of closures, for small documents read in a few lines (core properties,
/// relationships).
public final class XMLEvents: XMLHandler {
    private let onStart: (XMLStartTag) -> Void
    private let onEnd: (XMLName) -> Void
    private let onText: (UnsafeBufferPointer<UInt8>) -> Void

    /// A handler calling `start`, `end` and `text` for the events of the same names.
    public init(start: @escaping (XMLStartTag) -> Void = { _ in }, end: @escaping (XMLName) -> Void = { _ in },
                text: @escaping (UnsafeBufferPointer<UInt8>) -> Void = { _ in }) {
        onStart = start
        onEnd = end
        onText = text
    }

    override public func start(_ element: XMLStartTag) { onStart(element) }
    override public func end(_ name: XMLName) { onEnd(name) }
    override public func text(_ bytes: UnsafeBufferPointer<UInt8>) { onText(bytes) }
}
