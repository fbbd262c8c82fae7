/// Which assessment a document is about.
public struct AssessmentSummary: Codable, Sendable, Hashable {
    /// The assessment file as given.
    public var file: String
    public var organisation: String
    /// Standard module ids in scope, in the assessment's order.
    public var standards: [String]

    public init(file: String, organisation: String, standards: [String]) {
        self.file = file
        self.organisation = organisation
        self.standards = standards
    }
}
