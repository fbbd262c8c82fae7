import AssessorCore

/// A comma-separated list of standard module ids (`--standards iso42001,iso27001`), as `new`,
/// `interview --new` and `demo` take it.
struct StandardList {
    /// The ids in the order given, lowercased, without blanks or repeats.
    let ids: [String]

    init(_ text: String?) {
        ids = (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// Refuses an id that is not a standard among the loaded modules, naming the ones that are.
    func check(against catalog: Catalog) throws(CommandFailure) {
        guard let unknown = ids.first(where: { catalog.module($0)?.identity.kind != .standard }) else { return }
        let known = catalog.standards.map(\.identity.id).sorted().joined(separator: ", ")
        throw CommandFailure("'\(unknown)' is not a loaded standard; choose among \(known), "
                             + "or load its module with --modules DIR")
    }
}
