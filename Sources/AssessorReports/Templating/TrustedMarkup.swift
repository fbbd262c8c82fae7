import Mustache

/// Markup the writer made itself (an SVG chart): passed to templates as it is, while every other
/// value is escaped. It renders the same under `{{ }}` and `{{{ }}}`.
struct TrustedMarkup: MustacheCustomRenderable, Sendable {
    var markup: String
    var renderText: String { markup }
    var isNull: Bool { markup.isEmpty }
}

/// Escapes every string in a template context, leaving numbers, flags and trusted markup alone.
enum ContextEscaping {
    static func escape(_ value: Any, with escaper: any TextEscaper) -> Any {
        switch value {
        case let text as String: return escaper.escape(text)
        case let object as [String: Any]: return object.mapValues { escape($0, with: escaper) }
        case let list as [Any]: return list.map { escape($0, with: escaper) }
        default: return value
        }
    }
}
