/// The JSON contract between the host and its scorers, built-in or plugin. Every document carries
/// `schemaVersion` first, and a reader checks it before anything else.
public enum ScoringContract {
    /// The version of the documents below.
    public static let schemaVersion = 1

    /// Reads only the version of a document, so that a newer one is refused with a clear message
    /// instead of a decoding error.
    public struct VersionProbe: Decodable, Sendable {
        public var schemaVersion: Int
    }
}

/// What a scorer says about itself.
public struct ScorerDescription: Codable, Sendable, Hashable {
    public var schemaVersion: Int
    /// Short and stable: what `--scorer` takes (`builtin`, `auditor`).
    public var id: String
    public var name: String
    public var version: String
    /// One sentence on the view the scorer takes.
    public var summary: String

    public init(id: String, name: String, version: String, summary: String) {
        self.schemaVersion = ScoringContract.schemaVersion
        self.id = id
        self.name = name
        self.version = version
        self.summary = summary
    }
}
