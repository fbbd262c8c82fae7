import Foundation

/// The partials each template includes, checked before anything renders, since swift-mustache
/// expands partials without a limit: a template that includes itself recursed until the stack
/// overflowed, and 30 levels of partials each used twice ran for ever. Refused here with one line:
/// a cycle, nesting deeper than ``depthLimit``, a template whose partials expand to more than
/// ``expansionLimit`` bytes of template text, and dynamic partials (`{{>*name}}`), whose target
/// only the data would tell.
struct PartialGraph {
    static let depthLimit = 8
    static let expansionLimit = 8 * 1024 * 1024

    /// Each template's text by name, and the file it came from (for messages).
    let texts: [String: String]
    let files: [String: String]

    func check() throws(ReportError) {
        var references: [String: [String]] = [:]
        for (name, text) in texts {
            let found = PartialScanner.references(in: text)
            if found.dynamic {
                throw ReportError("\(files[name] ?? name): dynamic partials ({{>*name}}) are not supported in report templates",
                                  remedy: .advice("name the partial, such as {{> letterhead}}"))
            }
            references[name] = found.names.filter { texts[$0] != nil }
        }
        var sizes: [String: Int] = [:]
        for name in texts.keys.sorted() {
            _ = try expandedSize(name, path: [], references: references, sizes: &sizes)
        }
    }

    /// The bytes of `name` with every partial expanded, memoised; throws on a cycle or past the limits.
    private func expandedSize(
        _ name: String, path: [String], references: [String: [String]], sizes: inout [String: Int]
    ) throws(ReportError) -> Int {
        if let known = sizes[name] { return known }
        let chain = path + [name]
        let file = files[path.first ?? name] ?? name
        if path.contains(name) {
            throw ReportError("\(file): the partial '\(name)' includes itself (\(chain.joined(separator: " > ")))",
                              remedy: .advice("remove the inclusion that closes the loop"))
        }
        guard chain.count <= Self.depthLimit + 1 else {
            throw ReportError("\(file): partials nest more than \(Self.depthLimit) levels deep (\(chain.joined(separator: " > ")))",
                              remedy: .advice("flatten the templates"))
        }
        var total = texts[name]?.utf8.count ?? 0
        for child in references[name] ?? [] {
            total += try expandedSize(child, path: chain, references: references, sizes: &sizes)
            guard total <= Self.expansionLimit else {
                throw ReportError("\(file): the template '\(name)' expands to more than \(Self.expansionLimit / 1024 / 1024) MB "
                                  + "through its partials", remedy: .advice("include each partial fewer times"))
            }
        }
        sizes[name] = total
        return total
    }
}

/// Finds the partial tags of a Mustache template (`{{> name}}`, `{{< parent}}`, and their dynamic
/// forms), following changes of delimiters (`{{=<% %>=}}`) as the parser does.
enum PartialScanner {
    static func references(in text: String) -> (names: [String], dynamic: Bool) {
        var open = Substring("{{"), close = Substring("}}")
        var rest = Substring(text)
        var names: [String] = [], dynamic = false
        while let start = rest.range(of: open) {
            rest = rest[start.upperBound...]
            let tripled = open == "{{" && rest.hasPrefix("{")
            guard let end = rest.range(of: tripled ? "}" + close : close) else { break }
            let tag = rest[..<end.lowerBound]
            rest = rest[end.upperBound...]
            if tag.hasPrefix("="), tag.hasSuffix("="), tag.count > 2 {
                let parts = tag.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if parts.count == 2 { (open, close) = (parts[0], parts[1]) }
            } else if let kind = tag.first, kind == ">" || kind == "<" {
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                if name.hasPrefix("*") { dynamic = true } else { names.append(name) }
            }
        }
        return (names, dynamic)
    }
}
