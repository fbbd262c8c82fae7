import AssessorCore

/// What an answer says about the requirements of other standards mapped to its own: a strong
/// (or equivalent) mapping pre-fills their unanswered questions of the same scale, to be
/// confirmed when the interview reaches them; a partial mapping is only shown as a suggestion.
public struct MappingPrefill: Sendable {
    public let plan: InterviewPlan
    public let catalog: Catalog

    public init(plan: InterviewPlan, catalog: Catalog) {
        self.plan = plan
        self.catalog = catalog
    }

    /// The answers that `answer` pre-fills, given the answers already recorded. Only an answer a
    /// person gave pre-fills, and "don't know" and "not applicable" say nothing about another
    /// standard, so they pre-fill nothing. An answered question is never overwritten.
    public func answers(after answer: Answer, existing: [String: Answer]) -> [Answer] {
        guard answer.origin == .given, answer.value != .dontKnow, answer.value != .notApplicable,
              let question = catalog.questions[answer.questionID] else { return [] }
        var filled: [Answer] = []
        for target in mappedRequirements(of: answer.questionID, relations: [.equivalent, .strong]) {
            for id in catalog.requirement(target)?.questionIDs ?? [] {
                guard id != answer.questionID, existing[id] == nil, plan.item(id) != nil,
                      catalog.questions[id]?.scale == question.scale,
                      !filled.contains(where: { $0.questionID == id }) else { continue }
                filled.append(Answer(questionID: id, value: answer.value, origin: .prefilled(from: answer.questionID)))
            }
        }
        return filled
    }

    /// Answers to partially mapped requirements of other standards in scope, for a question: shown
    /// beside it as suggestions, never recorded.
    public func suggestions(for questionID: String, answers: [String: Answer]) -> [MappedAnswer] {
        mappedRequirements(of: questionID, relations: [.partial]).flatMap { target in
            (catalog.requirement(target)?.questionIDs ?? []).compactMap { id in
                answers[id].map { MappedAnswer(requirement: target, answer: $0) }
            }
        }
    }

    /// The requirements of other standards in scope mapped to the requirements a question counts for.
    private func mappedRequirements(
        of questionID: String, relations: Set<RequirementMapping.Relation>
    ) -> [RequirementReference] {
        let own = plan.item(questionID)?.requirements ?? []
        var targets: [RequirementReference] = []
        for reference in own {
            for mapping in catalog.mappings(of: reference)
            where relations.contains(mapping.relation) && plan.standards.contains(mapping.target.module)
                && !own.contains(mapping.target) && !targets.contains(mapping.target) {
                targets.append(mapping.target)
            }
        }
        return targets
    }
}

/// An answer to a question of a mapped requirement.
public struct MappedAnswer: Sendable, Hashable {
    public var requirement: RequirementReference
    public var answer: Answer

    public init(requirement: RequirementReference, answer: Answer) {
        self.requirement = requirement
        self.answer = answer
    }
}
