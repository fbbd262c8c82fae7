import Foundation
import Mustache

/// How much one render may do: section iterations are counted, and past the budget every list
/// renders empty, so that a template nesting a list inside itself (`{{#rows}}{{#rows}}...`) stops
/// instead of multiplying; the caller then refuses the result.
final class RenderBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int
    private(set) var exceeded = false

    init(iterations: Int) {
        remaining = iterations
    }

    /// Takes one iteration; false once the budget is spent.
    func spend() -> Bool {
        lock.withLock {
            guard remaining > 0 else {
                exceeded = true
                return false
            }
            remaining -= 1
            return true
        }
    }

    /// `value` with every list wrapped in a ``BudgetedList`` drawing on this budget.
    func wrap(_ value: Any) -> Any {
        switch value {
        case let object as [String: Any]: object.mapValues(wrap)
        case let list as [Any]: BudgetedList(items: list.map(wrap), budget: self)
        default: value
        }
    }
}

/// A list of a template context whose iteration draws on a ``RenderBudget``; transforms
/// (`count`, `first`...) are the array's.
struct BudgetedList: MustacheSequence, MustacheTransformable {
    let items: [Any]
    let budget: RenderBudget

    func makeIterator() -> AnyIterator<Any> {
        var base = items.makeIterator()
        return AnyIterator { budget.spend() ? base.next() : nil }
    }

    func transform(_ name: String) -> Any? {
        items.transform(name)
    }
}
