/// What a JSON document of assessor carries: ``Readiness`` (`assessor score --json`) or
/// ``Estimate`` (`assessor estimate --json`).
public protocol DocumentContent: Codable, Sendable {
    /// The document's `kind`, also the key its content is stored under.
    static var kind: String { get }
}

extension Readiness: DocumentContent {
    public static var kind: String { "readiness" }
}

extension Estimate: DocumentContent {
    public static var kind: String { "estimate" }
}

/// A versioned JSON document: `schemaVersion`, `kind`, the `assessment` it is about, and the
/// content under the key named by `kind`.
public struct AssessorDocument<Content: DocumentContent>: Codable, Sendable {
    /// Bumped on any change a reader would notice (a field removed, renamed or retyped); adding a
    /// field does not bump it.
    public static var currentSchemaVersion: Int { 1 }

    public var schemaVersion: Int
    public var kind: String
    public var assessment: AssessmentSummary
    public var content: Content

    public init(assessment: AssessmentSummary, content: Content) {
        schemaVersion = Self.currentSchemaVersion
        kind = Content.kind
        self.assessment = assessment
        self.content = content
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        schemaVersion = try container.decode(Int.self, forKey: Key("schemaVersion"))
        guard schemaVersion <= Self.currentSchemaVersion else {
            throw DecodingError.dataCorruptedError(forKey: Key("schemaVersion"), in: container, debugDescription:
                "schemaVersion \(schemaVersion) is newer than \(Self.currentSchemaVersion); update assessor")
        }
        kind = try container.decode(String.self, forKey: Key("kind"))
        assessment = try container.decode(AssessmentSummary.self, forKey: Key("assessment"))
        content = try container.decode(Content.self, forKey: Key(Content.kind))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(schemaVersion, forKey: Key("schemaVersion"))
        try container.encode(kind, forKey: Key("kind"))
        try container.encode(assessment, forKey: Key("assessment"))
        try container.encode(content, forKey: Key(Content.kind))
    }
}

/// The JSON of `assessor score --json`.
public typealias ReadinessDocument = AssessorDocument<Readiness>
/// The JSON of `assessor estimate --json`.
public typealias EstimateDocument = AssessorDocument<Estimate>
