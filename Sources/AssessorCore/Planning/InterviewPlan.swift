/// The questions of an assessment in the order they are asked: scoping first, then the
/// harmonized-structure clauses 4 to 10 clause by clause across the standards in scope (a
/// question shared by several standards appears once and counts for each), then each standard's
/// Annex A theme by theme.
public struct InterviewPlan: Sendable {
    public let standards: [String]
    public let items: [PlannedQuestion]
    /// What `{system}` reads as in prompts: the one management system in scope, or an integrated one.
    public let systemName: String
    private let index: [String: Int]

    /// Plans an assessment of `standards` (module ids, in the order given).
    public init(catalog: Catalog, standards: [String]) {
        self.standards = standards
        let modules = standards.compactMap(catalog.module).filter { $0.identity.kind == .standard }
        systemName = modules.count == 1 ? modules[0].identity.managementSystem : "integrated management system"
        var items: [PlannedQuestion] = catalog.scopingQuestions
            .filter { $0.inScope.isEmpty || $0.inScope.contains(where: standards.contains) }
            .map { PlannedQuestion(question: $0, stage: .scoping, requirements: []) }
        var seen = Set(items.map(\.question.id))

        func add(_ requirements: [(QuestionnaireModule, Requirement)], stage: PlannedQuestion.Stage) {
            for (module, requirement) in requirements {
                for id in requirement.questionIDs where !seen.contains(id) {
                    guard let question = catalog.questions[id] else { continue }
                    seen.insert(id)
                    let owners = catalog.requirements(asking: id).filter { standards.contains($0.module) }
                    items.append(PlannedQuestion(question: question, stage: stage, requirements: owners.isEmpty
                        ? [RequirementReference(module: module.identity.id, requirement: requirement.id)] : owners))
                }
            }
        }

        let clauseRequirements = modules.enumerated().flatMap { rank, module in
            module.requirements.filter { $0.kind == .clause }.map { (rank, module, $0) }
        }
        let clauses = Set(clauseRequirements.map(\.2.section)).sorted(by: RequirementOrder.areInOrder)
        for clause in clauses {
            let inClause = clauseRequirements.filter { $0.2.section == clause }.sorted {
                RequirementOrder.key($0.2.id) == RequirementOrder.key($1.2.id)
                    ? $0.0 < $1.0 : RequirementOrder.areInOrder($0.2.id, $1.2.id)
            }
            add(inClause.map { ($0.1, $0.2) }, stage: .clause(clause))
        }
        for module in modules {
            for theme in module.sections where theme.kind == .theme {
                let controls = module.requirements.filter { $0.section == theme.id }.map { (module, $0) }
                add(controls, stage: .annex(standard: module.identity.id, theme: theme.id))
            }
        }
        self.items = items
        self.index = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.question.id, $0) })
    }

    public func item(_ questionID: String) -> PlannedQuestion? { index[questionID].map { items[$0] } }

    public func position(of questionID: String) -> Int? { index[questionID] }

    /// Whether skip logic lets the question be asked, given the answers so far.
    public func isAsked(_ item: PlannedQuestion, answers: [String: AnswerValue]) -> Bool {
        guard let condition = item.question.dependsOn else { return true }
        if let parent = self.item(condition.question), !isAsked(parent, answers: answers) { return false }
        return condition.isSatisfied(by: answers[condition.question])
    }

    /// The questions skip logic lets through, in order.
    public func askedItems(answers: [String: AnswerValue]) -> [PlannedQuestion] {
        items.filter { isAsked($0, answers: answers) }
    }
}
