import Yams

/// A path into a YAML document (`audit_time.tables.qms.bands[3].days`): a key for a mapping, an
/// index for a list. It finds the node a decoding error or a validation problem is about, so the
/// message can name its line and column.
struct YAMLPath: CustomStringConvertible, Sendable {
    enum Component: Sendable {
        case key(String)
        case index(Int)
    }

    var components: [Component]

    init(_ components: [Component] = []) { self.components = components }

    /// The path of a decoding error: integer keys are list positions.
    init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in key.intValue.map(Component.index) ?? .key(key.stringValue) }
    }

    func appending(_ key: String) -> YAMLPath { YAMLPath(components + [.key(key)]) }
    func appending(_ index: Int) -> YAMLPath { YAMLPath(components + [.index(index)]) }

    var description: String {
        components.enumerated().map { offset, component in
            switch component {
            case .key(let key): return offset == 0 ? key : ".\(key)"
            case .index(let index): return "[\(index)]"
            }
        }.joined()
    }

    /// The last key of the path, for messages (`days`).
    var lastKey: String? {
        components.reversed().lazy.compactMap { if case .key(let key) = $0 { return key } else { return nil } }.first
    }

    /// The deepest node of `root` along the path (the path may run past what the document holds).
    func node(in root: Node) -> Node {
        var node = root
        for component in components {
            let next: Node?
            switch component {
            case .key(let key): next = node.mapping?[key]
            case .index(let index): next = node.sequence.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            }
            guard let next else { break }
            node = next
        }
        return node
    }
}
