import AssessorCore

/// What a new assessment is of: the organisation, the standards in scope (in the order to walk
/// them) and, when known, its size, which is recorded as the answers to the scoping questions
/// `scope.employees` and `scope.sites`.
public struct NewAssessment: Sendable {
    public var organisation: String
    public var standards: [String]
    public var employees: Int?
    public var sites: Int?

    public init(organisation: String, standards: [String], employees: Int? = nil, sites: Int? = nil) {
        self.organisation = organisation
        self.standards = standards
        self.employees = employees
        self.sites = sites
    }

    /// A size given that its scoping question does not take.
    public struct SizeError: ExplainedError {
        /// `scope.employees` or `scope.sites`.
        public var questionID: String
        public var value: Int
        public var problem: AnswerError

        public var summary: String { "\(questionID) \(value): \(problem.message)" }
        public var remedy: Remedy? { .advice("nothing was created") }
    }

    /// The answers its size gives, checked against their questions in `plan`.
    func sizeAnswers(in plan: InterviewPlan) throws(SizeError) -> [Answer] {
        var answers: [Answer] = []
        for (id, number) in [("scope.employees", employees), ("scope.sites", sites)] {
            guard let number, let question = plan.item(id)?.question else { continue }
            do {
                answers.append(Answer(questionID: id, value: try question.parseAnswer(String(number))))
            } catch {
                throw SizeError(questionID: id, value: number, problem: error)
            }
        }
        return answers
    }

    /// Refuses an empty organisation and a standard that no loaded module defines.
    func check(against catalog: Catalog) throws(ActionFailure) {
        guard !organisation.trimmingCharacters(in: .whitespaces).isEmpty, !standards.isEmpty else {
            throw ActionFailure("a new assessment needs the organisation and the standards",
                                remedy: .advice("name the organisation and at least one standard"))
        }
        guard let unknown = standards.first(where: { catalog.module($0)?.identity.kind != .standard }) else { return }
        throw ActionFailure("'\(unknown)' is not a loaded standard",
                            remedy: .chooseStandard(loaded: catalog.standards.map(\.identity.id).sorted()))
    }
}
