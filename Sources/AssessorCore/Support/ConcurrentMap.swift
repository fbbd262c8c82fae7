import Foundation

extension Array where Element: Sendable {
    /// Maps the elements on all cores; the results keep the elements' order.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let transform = UnsafeSendable(transform)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.set(index, transform.value(self[index]))
            }
        }
        return slots.values
    }
}

/// A closure carried across `concurrentPerform`, which does not outlive the call.
private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Result slots filled from several threads.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) { lock.withLock { storage[index] = value } }

    var values: [T] { lock.withLock { storage.map { $0! } } }
}
