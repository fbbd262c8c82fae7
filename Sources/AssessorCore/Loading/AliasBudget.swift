import Yams

/// YAML aliases (`*name`) make one node appear in many places, and nested ones (the "billion
/// laughs") multiply a small file into more nodes than any reader can walk. Before a module is
/// read, its nodes are counted as the reader will meet them, aliases expanded, and the count stops
/// at ``nodeLimit``: a file beyond it is refused in one line. Within it, aliases are fine, and a
/// mistake inside an aliased node is reported once (``DiagnosticLog`` drops repeats).
enum AliasBudget {
    /// Far above the largest built-in module (about 20,000 nodes).
    static let nodeLimit = 1_000_000

    /// Whether `root`, aliases expanded, stays within the limit; logs the refusal otherwise.
    static func allows(_ root: Node, log: DiagnosticLog) -> Bool {
        var remaining = nodeLimit
        guard count(root, remaining: &remaining) else {
            log.error("the file's aliases (*name) expand to more than \(nodeLimit) values; write the values out instead",
                      line: 1, column: 1)
            return false
        }
        return true
    }

    /// Counts `node` and what it holds against `remaining`; false as soon as it runs out.
    private static func count(_ node: Node, remaining: inout Int) -> Bool {
        remaining -= 1
        guard remaining >= 0 else { return false }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping where !count(key, remaining: &remaining) || !count(value, remaining: &remaining) {
                return false
            }
        case .sequence(let sequence):
            for item in sequence where !count(item, remaining: &remaining) { return false }
        default: break
        }
        return true
    }
}
