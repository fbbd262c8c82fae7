/// A question in the interview order, with what it counts for in this assessment.
public struct PlannedQuestion: Sendable, Hashable {
    /// Where in the interview the question stands.
    public enum Stage: Sendable, Hashable {
        /// The scoping questions, asked first.
        case scoping
        /// A clause of the harmonized structure (`4` to `10`), shared by the standards in scope.
        case clause(String)
        /// An Annex A theme of one standard.
        case annex(standard: String, theme: String)
    }

    public var question: Question
    public var stage: Stage
    /// The requirements, among the standards in scope, that this question's answer counts for.
    public var requirements: [RequirementReference]
}
