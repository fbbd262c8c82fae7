import Yams

/// Reads one YAML mapping into typed fields, logging every problem with its line and column:
/// unknown keys (with a suggestion), missing required keys, and values of the wrong type.
struct NodeReader {
    let mapping: Node.Mapping
    /// The values by key, indexed once (looking a Node up in a Node.Mapping compares whole nodes).
    private let values: [String: Node]
    let log: DiagnosticLog
    /// What the mapping is, for messages (`requirement 4.1`).
    let context: String

    /// Wraps `node`, which must be a mapping; logs an error and returns nil otherwise. An item of a
    /// list is named by its `kind` and `id` (`requirement 4.1`), or `a requirement` before it has one.
    init?(_ node: Node, context: String? = nil, kind: String = "", allowedKeys: Set<String>, log: DiagnosticLog) {
        let context = context ?? "a \(kind)"
        guard case .mapping(let mapping) = node else {
            log.error("\(context) must be a mapping of keys to values", at: node)
            return nil
        }
        self.mapping = mapping
        self.log = log
        var values: [String: Node] = [:]
        for (key, value) in mapping { if case .scalar(let scalar) = key { values[scalar.string] = value } }
        self.values = values
        if let id = values["id"], case .scalar(let scalar) = id, !scalar.string.isEmpty, !kind.isEmpty {
            self.context = "\(kind) \(TerminalSafe.escaped(scalar.string))"
        } else {
            self.context = context
        }
        for key in mapping.keys {
            guard case .scalar(let scalar) = key, !allowedKeys.contains(scalar.string) else { continue }
            let name = scalar.string
            let suggestion = KeySuggestion.closest(to: name, in: allowedKeys).map { "; did you mean '\($0)'?" } ?? ""
            log.error("unknown key '\(name)' in \(self.context)\(suggestion)", at: key)
        }
    }

    /// The node where the mapping starts, for errors about the mapping as a whole.
    var node: Node { .mapping(mapping) }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// A scalar read as text exactly as written (so `4.10` stays `4.10`).
    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, !scalar.string.isEmpty else {
            log.error("'\(key)' in \(context) must be a non-empty text", at: value)
            return nil
        }
        return scalar.string
    }

    /// An id (of a section, requirement, question, choice, or one referred to): letters, digits and
    /// `. _ - :` only, so that no id can hide or reorder text on a terminal or in a report.
    func identifier(_ key: String, required: Bool = false) -> String? {
        guard let id = string(key, required: required) else { return nil }
        if id.unicodeScalars.contains(where: { !Self.identifierCharacters.contains($0) }) {
            log.error("'\(key)' in \(context) is '\(TerminalSafe.escaped(id))'; an id may use only letters, digits and . _ - :",
                      at: location(of: key))
        }
        return id
    }

    private static let identifierCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-:".unicodeScalars)

    func bool(_ key: String) -> Bool? {
        guard let value = value(key, required: false) else { return nil }
        guard case .scalar(let scalar) = value, let bool = ["true": true, "false": false][scalar.string.lowercased()] else {
            log.error("'\(key)' in \(context) must be true or false", at: value)
            return nil
        }
        return bool
    }

    func number(_ key: String) -> Double? {
        guard let value = value(key, required: false) else { return nil }
        guard case .scalar(let scalar) = value, let number = Double(scalar.string), number.isFinite else {
            log.error("'\(key)' in \(context) must be a number", at: value)
            return nil
        }
        return number
    }

    /// A sequence; a missing required one is logged.
    func sequence(_ key: String, required: Bool = false) -> [Node]? {
        guard let value = value(key, required: required) else { return nil }
        guard case .sequence(let sequence) = value else {
            log.error("'\(key)' in \(context) must be a list", at: value)
            return nil
        }
        return Array(sequence)
    }

    /// A list of texts (a single text is taken as a list of one).
    func strings(_ key: String) -> [String]? {
        guard let value = value(key, required: false) else { return nil }
        if case .scalar(let scalar) = value { return [scalar.string] }
        guard let items = sequence(key) else { return nil }
        return items.compactMap { item in
            guard case .scalar(let scalar) = item else {
                log.error("'\(key)' in \(context) must list texts", at: item)
                return nil
            }
            return scalar.string
        }
    }

    /// A nested mapping.
    func reader(_ key: String, allowedKeys: Set<String>, required: Bool = false) -> NodeReader? {
        guard let value = value(key, required: required) else { return nil }
        return NodeReader(value, context: "'\(key)' of \(context)", allowedKeys: allowedKeys, log: log)
    }

    /// Where the value of `key` is, or the mapping itself when the key is absent.
    func location(of key: String) -> Node { values[key] ?? node }

    private func value(_ key: String, required: Bool) -> Node? {
        if let value = values[key], !Self.isNull(value) { return value }
        if required { log.error("missing required key '\(key)' in \(context)", at: node) }
        return nil
    }
}

extension NodeReader {
    /// `key:`, `key: ~` and `key: null` mean the key is absent (a quoted "" does not).
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

extension DiagnosticLog {
    func error(_ message: String, at node: Node) {
        error(message, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func warning(_ message: String, at node: Node) {
        warning(message, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }
}
