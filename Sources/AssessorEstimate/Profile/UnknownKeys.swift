import AssessorCore
import Yams

/// Finds keys in a profile file that no field reads (a misspelt `likley` would otherwise be
/// ignored): the decoded profile is encoded again, and any key of the file missing from the
/// result was not read.
enum UnknownKeys {
    static func find(in root: Node, known profile: CostProfile) -> [ProfileProblem] {
        guard let text = try? YAMLEncoder().encode(profile), let known = try? Yams.compose(yaml: text) else { return [] }
        return compare(root, known, at: YAMLPath())
    }

    private static func compare(_ given: Node, _ known: Node, at path: YAMLPath) -> [ProfileProblem] {
        switch (given, known) {
        case (.mapping(let given), .mapping(let known)):
            let allowed = Set(known.keys.compactMap(\.string))
            return given.flatMap { key, value -> [ProfileProblem] in
                guard let name = key.string else { return [] }
                guard let knownValue = known[name] else {
                    let hint = KeySuggestion.closest(to: name, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
                    return [ProfileProblem(path: path.appending(name), message: "unknown key '\(name)'"
                                           + (path.components.isEmpty ? "" : " in \(path)") + hint)]
                }
                return compare(value, knownValue, at: path.appending(name))
            }
        case (.sequence(let given), .sequence(let known)):
            return zip(given.indices, zip(given, known)).flatMap { index, pair in
                compare(pair.0, pair.1, at: path.appending(index))
            }
        default:
            return []
        }
    }
}
