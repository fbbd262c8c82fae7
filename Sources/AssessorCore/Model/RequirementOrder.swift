/// Orders requirement ids the way a reader expects: `4.2` before `4.10`, clauses before `A.` controls.
public enum RequirementOrder {
    /// A sort key: annex flag, then each dotted number compared numerically.
    public static func key(_ id: String) -> [Int] {
        let isAnnex = id.hasPrefix("A.")
        let body = isAnnex ? id.dropFirst(2) : Substring(id)
        return [isAnnex ? 1 : 0] + body.split(separator: ".").map { Int($0) ?? Int.max }
    }

    public static func areInOrder(_ lhs: String, _ rhs: String) -> Bool {
        key(lhs).lexicographicallyPrecedes(key(rhs))
    }
}
