/// One assessable requirement of a standard: a clause or an Annex A control.
public struct Requirement: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case clause
        case control
    }

    /// The requirement id exactly as the standard numbers it (`9.2.1`, `A.5.15`).
    public var id: String
    public var title: String
    public var kind: Kind
    /// The id of the section (clause or theme) it belongs to.
    public var section: String
    /// Whether the standard requires documented information here; missing, it blocks a Stage 1 audit.
    public var documentedInformation: Bool
    /// The requirement's weight in readiness scores (default 1).
    public var weight: Double
    /// What closing a gap here mostly takes.
    public var work: WorkKind
    /// The questions that assess it, in the order they are asked (own ones and shared ones).
    public var questionIDs: [String]
    /// Links to requirements of other standards.
    public var mappings: [RequirementMapping]

    public init(
        id: String, title: String, kind: Kind, section: String, documentedInformation: Bool = false,
        weight: Double = 1, work: WorkKind, questionIDs: [String], mappings: [RequirementMapping] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.section = section
        self.documentedInformation = documentedInformation
        self.weight = weight
        self.work = work
        self.questionIDs = questionIDs
        self.mappings = mappings
    }
}

/// The kind of work that closes a gap, which drives the effort estimate.
public enum WorkKind: String, Sendable, Codable, CaseIterable {
    /// Write or update a document (policy, procedure, statement).
    case document
    /// Set up a process and run it at least once (risk assessment, internal audit, review).
    case process
    /// Implement a technical control (logging, access control, backups).
    case technical
    /// Train people and keep records of it.
    case training
}
