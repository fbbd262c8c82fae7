/// Everything an assessment file holds, read once (in one transaction) and resolved against the
/// questionnaire modules loaded: who is assessed, the interview plan, the answers with their state,
/// and the evidence. Scoring, coverage, progress, the registers and the reports are all computed
/// from one snapshot, so one command never mixes two moments of the file.
public struct AssessmentSnapshot: Sendable {
    public let profile: AssessmentProfile
    public let catalog: Catalog
    public let plan: InterviewPlan
    /// The recorded answers by question id, whatever their state (answers to questions the plan no
    /// longer holds included).
    public let answers: [String: Answer]
    public let evidence: AssessmentEvidence
    /// Every question of the plan, in interview order, with its state.
    public let questions: [QuestionStatus]
    private let index: [String: Int]

    public init(
        profile: AssessmentProfile, catalog: Catalog, answers: [String: Answer], evidence: AssessmentEvidence = .none
    ) {
        self.init(profile: profile, catalog: catalog, plan: InterviewPlan(catalog: catalog, standards: profile.standards),
                  answers: answers, evidence: evidence)
    }

    private init(
        profile: AssessmentProfile, catalog: Catalog, plan: InterviewPlan, answers: [String: Answer], evidence: AssessmentEvidence
    ) {
        self.profile = profile
        self.catalog = catalog
        self.plan = plan
        self.answers = answers
        self.evidence = evidence
        let values = answers.mapValues(\.value)
        questions = plan.items.map { item in
            QuestionStatus(item: item, state: AnswerState(asked: plan.isAsked(item, answers: values), answer: answers[item.question.id]))
        }
        index = Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1.question.id, $0) })
    }

    /// The same assessment with other answers (the interview's, as they are recorded), the plan kept.
    public func replacing(answers: [String: Answer]) -> AssessmentSnapshot {
        AssessmentSnapshot(profile: profile, catalog: catalog, plan: plan, answers: answers, evidence: evidence)
    }

    /// The same assessment with its evidence read again (after a decision on a match or a suggestion).
    public func replacing(evidence: AssessmentEvidence) -> AssessmentSnapshot {
        AssessmentSnapshot(profile: profile, catalog: catalog, plan: plan, answers: answers, evidence: evidence)
    }

    /// The state of a question; `.notAsked` for one the plan does not hold.
    public func state(of questionID: String) -> AnswerState {
        index[questionID].map { questions[$0].state } ?? .notAsked
    }

    /// The questions skip logic asks, in interview order.
    public var asked: [QuestionStatus] { questions.filter(\.state.isAsked) }

    /// The answer that counts for scoring and reporting, for a question skip logic asks; nil for
    /// an unanswered or unasked question.
    public func countingAnswer(_ questionID: String) -> Answer? {
        state(of: questionID).answer
    }

    /// The standard modules in scope, in the assessment's order.
    public var standards: [QuestionnaireModule] {
        profile.standards.compactMap(catalog.module).filter { $0.identity.kind == .standard }
    }

    /// The questions of a requirement that skip logic asks, with their state, in the module's order.
    public func askedQuestions(of requirement: Requirement) -> [QuestionStatus] {
        requirement.questionIDs.compactMap { index[$0].map { questions[$0] } }.filter(\.state.isAsked)
    }

    /// When none of a requirement's questions is asked: the scoping condition that leaves it out,
    /// followed up to the question that decides.
    public func exclusion(of requirement: Requirement) -> Condition? {
        let values = answers.mapValues(\.value)
        var condition = requirement.questionIDs.compactMap { catalog.questions[$0]?.dependsOn }.first
        while let current = condition, current.isSatisfied(by: values[current.question]),
              let parent = plan.item(current.question)?.question.dependsOn {
            condition = parent
        }
        return condition
    }
}
