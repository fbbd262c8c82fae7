/// Turns a decoding error into a path and a plain message (`missing required key 'likely' in
/// currencies.USD.auditor_day_rate`).
enum DecodingProblem {
    static func path(of error: DecodingError) -> YAMLPath {
        switch error {
        case .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
             .dataCorrupted(let context):
            return YAMLPath(codingPath: context.codingPath)
        @unknown default:
            return YAMLPath()
        }
    }

    static func message(for error: DecodingError) -> String {
        let path = self.path(of: error)
        // `'days' in audit_time.tables.qms.bands[4]`: the key, and the mapping that holds it.
        var parent = path
        if case .key? = parent.components.last { parent.components.removeLast() }
        let name = (path.lastKey.map { "'\($0)'" } ?? "the profile") + (parent.components.isEmpty ? "" : " in \(parent)")
        switch error {
        case .keyNotFound(let key, _):
            return "missing required key '\(key.stringValue)'" + (path.components.isEmpty ? "" : " in \(path)")
        case .typeMismatch(let type, _), .valueNotFound(let type, _):
            return "\(name) must be \(expected(type))"
        case .dataCorrupted(let context):
            if path.lastKey == "status" {
                return "\(name) must be one of " + SourceStatus.allCases.map(\.rawValue).joined(separator: ", ")
            }
            return "\(name): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type: return "a number"
        case is Int.Type: return "a whole number"
        case is String.Type: return "a text"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? "a list" : name.hasPrefix("Dictionary") ? "a mapping" : "a \(name)"
        }
    }
}
