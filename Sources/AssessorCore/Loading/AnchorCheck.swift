import Yams

/// Module files are written out in full: YAML anchors and aliases (`&name`, `*name`) are refused,
/// one diagnostic per anchor. An alias makes one node appear in many places, so each mistake in it
/// was reported once per use, and nested aliases (the "billion laughs") multiply the work of
/// reading a small file beyond any limit. The walk stops at an anchored node, so it is never
/// multiplied itself.
enum AnchorCheck {
    /// Whether `root` uses no anchor; logs each one found.
    static func isFree(of root: Node, log: DiagnosticLog) -> Bool {
        var reported = Set<String>()
        walk(root, log: log, reported: &reported)
        return reported.isEmpty
    }

    private static func walk(_ node: Node, log: DiagnosticLog, reported: inout Set<String>) {
        if let anchor = node.anchor {
            if reported.insert(anchor.rawValue).inserted {
                log.error("the anchor '&\(TerminalSafe.escaped(anchor.rawValue))' and its aliases are not used in module files; "
                          + "write each value out where it is needed", at: node)
            }
            return
        }
        switch node {
        case .mapping(let mapping): for (key, value) in mapping { walk(key, log: log, reported: &reported); walk(value, log: log, reported: &reported) }
        case .sequence(let sequence): for item in sequence { walk(item, log: log, reported: &reported) }
        default: break
        }
    }
}
