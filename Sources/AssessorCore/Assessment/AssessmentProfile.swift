import Foundation

/// Who is assessed and against what: stored once in each assessment file.
public struct AssessmentProfile: Sendable, Equatable {
    /// The organisation's name as the reports show it.
    public var organisation: String
    /// The standard modules in scope, in the order the interview walks them (`iso42001`).
    public var standards: [String]
    /// The version of every questionnaire module the assessment was created with, by module id.
    public var moduleVersions: [String: String]
    /// When the file was created; nil when the stored date cannot be read (a damaged file), which
    /// nothing but `check` needs.
    public var createdAt: Date?
    public var createdBy: String

    public init(
        organisation: String, standards: [String], moduleVersions: [String: String] = [:],
        createdAt: Date? = Date(), createdBy: String
    ) {
        self.organisation = organisation
        self.standards = standards
        self.moduleVersions = moduleVersions
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}
