import AssessorCore
import Foundation
import Yams

/// Finds keys in a profile file that no field reads (a misspelt `likley` would otherwise be
/// ignored): the decoded profile is encoded again (as JSON, with the same keys), and any key of the
/// file missing from the result was not read.
enum UnknownKeys {
    static func find(in root: Node, known profile: CostProfile) -> [ProfileProblem] {
        guard let data = try? JSONEncoder().encode(profile), let known = try? JSONSerialization.jsonObject(with: data) else {
            return []
        }
        return compare(root, known, at: YAMLPath())
    }

    private static func compare(_ given: Node, _ known: Any, at path: YAMLPath) -> [ProfileProblem] {
        switch (given, known) {
        case (.mapping(let given), let known as [String: Any]):
            return given.flatMap { key, value -> [ProfileProblem] in
                guard let name = key.string else { return [] }
                guard let knownValue = known[name] else {
                    let hint = KeySuggestion.closest(to: name, in: Set(known.keys)).map { "; did you mean '\($0)'?" } ?? ""
                    return [ProfileProblem(path: path.appending(name), message: "unknown key '\(name)'"
                                           + (path.components.isEmpty ? "" : " in \(path)") + hint)]
                }
                return compare(value, knownValue, at: path.appending(name))
            }
        case (.sequence(let given), let known as [Any]):
            return zip(given.indices, zip(given, known)).flatMap { index, pair in
                compare(pair.0, pair.1, at: path.appending(index))
            }
        default:
            return []
        }
    }
}
