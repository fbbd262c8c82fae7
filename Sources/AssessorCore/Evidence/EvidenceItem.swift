import Foundation

/// One imported evidence file (a revision of it): what it is, what it says, and when it was last reviewed.
public struct EvidenceItem: Sendable, Hashable {
    /// The file formats evidence is imported from.
    public enum Format: String, Sendable, Codable, CaseIterable {
        case docx
        case xlsx
        case xml
    }

    /// Assigned by the assessment file; nil before the item is stored.
    public var id: Int64?
    /// SHA-256 of the file's bytes, hex: the same bytes are never imported twice.
    public var contentHash: String
    /// Where it was imported from, as given.
    public var path: String
    public var format: Format
    public var size: Int64
    public var title: String
    public var author: String
    public var created: Date?
    public var modified: Date?
    /// The document's own version, where a property or document-control table states it.
    public var documentVersion: String?
    /// The last review date the document states, else nil.
    public var reviewDate: Date?
    /// A recognised kind of content (`OSCAL system security plan`, `Statement of Applicability (ISO/IEC 27001:2013)`).
    public var recognisedAs: String?
    /// The text, one block (heading, paragraph, cell, element) per line.
    public var text: String
    /// 1 for the first import of a path, then 2, 3... when the file at that path changes.
    public var revision: Int
    /// The item this revision replaces.
    public var supersedes: Int64?
    public var importedAt: Date

    public init(
        id: Int64? = nil, contentHash: String, path: String, format: Format, size: Int64, title: String,
        author: String = "", created: Date? = nil, modified: Date? = nil, documentVersion: String? = nil,
        reviewDate: Date? = nil, recognisedAs: String? = nil, text: String, revision: Int = 1,
        supersedes: Int64? = nil, importedAt: Date = Date()
    ) {
        self.id = id
        self.contentHash = contentHash
        self.path = path
        self.format = format
        self.size = size
        self.title = title
        self.author = author
        self.created = created
        self.modified = modified
        self.documentVersion = documentVersion
        self.reviewDate = reviewDate
        self.recognisedAs = recognisedAs
        self.text = text
        self.revision = revision
        self.supersedes = supersedes
        self.importedAt = importedAt
    }

    public var fileName: String { URL(fileURLWithPath: path).lastPathComponent }

    /// The date freshness is judged from: the stated review date, else the last modification.
    public var lastReviewed: Date? { reviewDate ?? modified ?? created }
}
