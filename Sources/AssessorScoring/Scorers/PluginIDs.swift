/// The ids plugins may declare. `builtin` names the built-in scorer and `auditor` the auditor
/// plugin bundled beside the executable: another plugin declaring either is refused, so that it
/// cannot stand in for a bundled scorer whose verdict reports quote. Two plugins declaring the
/// same id are a mistake too: the second is refused, naming the first, so `--scorer` is never ambiguous.
enum PluginIDs {
    /// The bundled plugins' ids, with the file name each is built as.
    static let bundled = ["auditor": PluginSource.builtPrefix + "Auditor.so"]

    static func checked(_ entries: [ScorerRegistry.PluginEntry]) -> [ScorerRegistry.PluginEntry] {
        var first: [String: String] = [:]
        return entries.map { entry in
            guard case .success(let plugin) = entry.result else { return entry }
            let id = plugin.description.id
            var checked = entry
            if id == BuiltInScorer().description.id || (bundled[id].map { !isBundled(entry, as: $0) } ?? false) {
                checked.result = .failure(PluginError(path: entry.path, reason: .reservedID(id)))
            } else if let previous = first[id] {
                checked.result = .failure(PluginError(path: entry.path, reason: .duplicateID(id, firstPath: previous)))
            } else {
                first[id] = entry.path
            }
            return checked
        }
    }

    /// Whether the entry is the bundled library of that name, beside the executable.
    private static func isBundled(_ entry: ScorerRegistry.PluginEntry, as name: String) -> Bool {
        entry.origin == .besideExecutable && entry.path.hasSuffix("/" + name)
    }
}
