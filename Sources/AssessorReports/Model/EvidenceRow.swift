import AssessorCore

/// One document in the evidence register (its latest revision).
public struct EvidenceRow: Codable, Sendable, Hashable {
    /// The evidence item's id in the assessment file.
    public var id: Int64?
    /// The document's title.
    public var document: String
    /// The file name it was imported from.
    public var file: String
    /// `docx`, `xlsx` or `xml`.
    public var format: String
    /// 1 for the first import, then 2, 3... as the file changed.
    public var revision: Int
    /// The version the document states about itself, when it does.
    public var version: String?
    public var created: CalendarDate?
    public var modified: CalendarDate?
    /// The last review date the document states.
    public var reviewed: CalendarDate?
    public var freshness: Freshness.Verdict
    /// The requirements it is accepted as evidence for (`iso27001:A.5.1`).
    public var supports: [String]

    public init(
        id: Int64?, document: String, file: String, format: String, revision: Int, version: String?,
        created: CalendarDate?, modified: CalendarDate?, reviewed: CalendarDate?, freshness: Freshness.Verdict,
        supports: [String]
    ) {
        self.id = id
        self.document = document
        self.file = file
        self.format = format
        self.revision = revision
        self.version = version
        self.created = created
        self.modified = modified
        self.reviewed = reviewed
        self.freshness = freshness
        self.supports = supports
    }
}
