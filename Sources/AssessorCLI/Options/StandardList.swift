/// A comma-separated list of standard module ids (`--standards iso42001,iso27001`), as `new`,
/// `interview --new` and `demo` take it.
struct StandardList {
    /// The ids in the order given, lowercased, without blanks or repeats.
    let ids: [String]

    init(_ text: String?) {
        ids = (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
