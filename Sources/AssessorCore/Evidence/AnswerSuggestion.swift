/// An answer that imported evidence suggests (a Statement of Applicability says a control is
/// applied, a gap assessment says a clause is partially implemented). It is not an answer until
/// the user takes it; then it is recorded with origin `.imported(from:)`.
public struct AnswerSuggestion: Sendable, Hashable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case suggested
        case taken
        case dismissed
    }

    /// Assigned by the assessment file; nil before it is stored.
    public var id: Int64?
    /// The evidence item it was read from (set when stored).
    public var evidenceID: Int64
    public var questionID: String
    /// The requirement the source row is about.
    public var requirement: RequirementReference
    public var value: AnswerValue
    /// The justification or comment beside the status (needed for "not applicable").
    public var justification: String
    /// Where it was read and what it said: `ISO 27001 Risk Assessment Templ!E11: Yes (A.5.1.1)`.
    public var source: String
    public var status: Status

    public init(
        id: Int64? = nil, evidenceID: Int64 = 0, questionID: String, requirement: RequirementReference,
        value: AnswerValue, justification: String = "", source: String, status: Status = .suggested
    ) {
        self.id = id
        self.evidenceID = evidenceID
        self.questionID = questionID
        self.requirement = requirement
        self.value = value
        self.justification = justification
        self.source = source
        self.status = status
    }

    /// The answer to record when the user takes the suggestion; `file` names the evidence.
    public func answer(from file: String) -> Answer {
        Answer(questionID: questionID, value: value, note: "from \(file): \(source)", justification: justification,
               origin: .imported(from: file))
    }
}
