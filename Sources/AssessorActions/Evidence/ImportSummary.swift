/// What an import did, file by file counted: the line `import` ends with.
public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
    public var imported = 0
    public var unchanged = 0
    public var revised = 0
    public var failed = 0
    /// Items matched to at least one requirement.
    public var matched = 0
    /// Answers the items suggest.
    public var suggestions = 0

    public init() {}

    public var total: Int { imported + unchanged + revised + failed }

    public var description: String {
        "\(total) file\(total == 1 ? "" : "s"): \(imported) imported, \(unchanged) unchanged, "
            + "\(revised) new revision\(revised == 1 ? "" : "s"), \(failed) failed; "
            + "\(matched) matched to requirements, \(suggestions) suggested answer\(suggestions == 1 ? "" : "s")"
    }
}
