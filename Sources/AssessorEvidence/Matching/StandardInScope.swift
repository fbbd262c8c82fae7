import AssessorCore

/// A standard of the assessment as the matcher sees it: its module, the number documents cite it
/// by (`27001`, from the short title), and the words that show a document is about it (the number,
/// the management system's name without "management system", and its acronym: `information
/// security`, `isms`).
struct StandardInScope: Sendable {
    let module: QuestionnaireModule
    let number: String
    let contextPhrases: [String]

    init(module: QuestionnaireModule) {
        self.module = module
        let digits = module.identity.shortTitle.split(whereSeparator: { !$0.isNumber }).first { $0.count >= 4 }
        number = digits.map { String($0) } ?? module.identity.id
        let system = module.identity.managementSystem.lowercased()
        let words = system.split(separator: " ")
        let acronym = words.map { $0.count <= 2 ? String($0) : String($0.prefix(1)) }.joined()
        let subject = system.replacingOccurrences(of: "management system", with: "").trimmed
        contextPhrases = [number, acronym, subject].filter { $0.count > 1 }
    }

    var id: String { module.identity.id }

    /// The requirement with this id, when the module has one.
    func requirement(_ id: String) -> Requirement? { module.requirement(id) }

    func reference(_ id: String) -> RequirementReference { RequirementReference(module: self.id, requirement: id) }
}
