/// Suggests the intended key for a misspelt one, by edit distance.
public enum KeySuggestion {
    /// The closest allowed key within two edits, if any.
    public static func closest(to key: String, in allowed: Set<String>) -> String? {
        allowed
            .map { ($0, distance(Array(key), Array($0))) }
            .filter { $0.1 <= 2 }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
