/// Every loaded questionnaire module, resolved: look up standards, requirements, questions and
/// the links between them.
public struct Catalog: Sendable {
    /// The modules in use, in the order they were loaded (an overridden module is not among them).
    public let modules: [QuestionnaireModule]
    /// Every question by id, whichever module defines it.
    public let questions: [String: Question]
    private let owners: [String: [RequirementReference]]
    private let mappingIndex: [RequirementReference: [RequirementMapping]]

    public init(modules: [QuestionnaireModule]) {
        self.modules = modules
        var questions: [String: Question] = [:]
        var owners: [String: [RequirementReference]] = [:]
        var mappingIndex: [RequirementReference: [RequirementMapping]] = [:]
        for module in modules {
            for question in module.questions where questions[question.id] == nil { questions[question.id] = question }
            for requirement in module.requirements {
                let reference = RequirementReference(module: module.identity.id, requirement: requirement.id)
                for id in requirement.questionIDs { owners[id, default: []].append(reference) }
                for mapping in requirement.mappings {
                    mappingIndex[reference, default: []].append(mapping)
                    let back = RequirementMapping(target: reference, relation: mapping.relation)
                    mappingIndex[mapping.target, default: []].append(back)
                }
            }
        }
        self.questions = questions
        self.owners = owners
        self.mappingIndex = mappingIndex
    }

    public func module(_ id: String) -> QuestionnaireModule? { modules.first { $0.identity.id == id } }

    /// The standard modules.
    public var standards: [QuestionnaireModule] { modules.filter { $0.identity.kind == .standard } }

    /// The scoping questions, in the order their modules define them.
    public var scopingQuestions: [Question] {
        modules.filter { $0.identity.kind == .scoping }.flatMap(\.questions)
    }

    public func requirement(_ reference: RequirementReference) -> Requirement? {
        module(reference.module)?.requirement(reference.requirement)
    }

    /// The requirements (of any standard) that a question assesses.
    public func requirements(asking questionID: String) -> [RequirementReference] { owners[questionID] ?? [] }

    /// The mappings of a requirement, in both directions (a mapping written on either side counts).
    public func mappings(of reference: RequirementReference) -> [RequirementMapping] {
        mappingIndex[reference] ?? []
    }
}
