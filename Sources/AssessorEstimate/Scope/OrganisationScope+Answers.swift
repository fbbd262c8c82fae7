import AssessorCore

extension OrganisationScope {
    /// The scoping questions whose answers the estimate reads, with what it assumes when one is unanswered.
    static let defaults: [(id: String, assumed: String)] = [
        ("scope.employees", "50 people"), ("scope.effective_personnel", "every person full-time"),
        ("scope.sites", "1 site"), ("scope.integration", "no integration"),
        ("scope.ai_role", "an AI producer"), ("scope.ai_headcount", "all staff within the AI management system"),
        ("scope.business_complexity", "medium business complexity"), ("scope.it_complexity", "medium IT complexity"),
        ("scope.cycle.", "the certificate's surveillance 1 due next"),
    ]
    static let defaultEmployees = 50
    /// The certifications whose cycle position scoping asks (`scope.cycle.<id>`): those with an audit-time table.
    static let cycleStandards: Set<String> = ["iso9001", "iso27001", "iso42001"]

    /// Reads the scoping answers. Numbers are taken as whole counts of at least 1 (any value, however
    /// large, is clamped to what an Int holds); an unanswered fact takes the default in ``defaults``.
    public init(answers: [String: Answer]) {
        var defaulted: [String] = []
        func number(_ id: String) -> Int? {
            guard case .number(let value)? = answers[id]?.value else {
                defaulted.append(id)
                return nil
            }
            return Swift.max(1, Int(clamping: value))
        }
        func choices(_ id: String) -> [String] {
            switch answers[id]?.value {
            case .choices(let values)?: return values
            case .choice(let value)?: return [value]
            default: return []
            }
        }
        func level(_ id: String) -> ComplexityLevel {
            guard let level = choices(id).first.flatMap(ComplexityLevel.init(rawValue:)) else {
                defaulted.append(id)
                return .medium
            }
            return level
        }
        let employees = number("scope.employees") ?? Self.defaultEmployees
        let effective = number("scope.effective_personnel")
        let sites = number("scope.sites") ?? 1
        let integration = choices("scope.integration").first.flatMap(IntegrationLevel.init(rawValue:))
        if integration == nil { defaulted.append("scope.integration") }
        let roles = choices("scope.ai_role")
        if AIRole(choices: roles) == nil { defaulted.append("scope.ai_role") }
        let aiHeadcount = number("scope.ai_headcount")
        let certifications = choices("scope.certifications").filter { $0 != "none" }
        var cycles: [String: CertificateStatus] = [:]
        for id in certifications where Self.cycleStandards.contains(id) {
            cycles[id] = choices("scope.cycle.\(id)").first.flatMap(CertificateStatus.init(rawValue:))
            if cycles[id] == nil { defaulted.append("scope.cycle.\(id)") }
        }
        var systems: Int?
        if case .number(let value)? = answers["scope.ai_systems"]?.value { systems = Swift.max(0, Int(clamping: value)) }
        self.init(
            employees: employees, effectivePersonnel: effective, sites: sites, integration: integration ?? .none,
            certifications: certifications, certificateCycles: cycles, aiRoles: roles, aiHeadcount: aiHeadcount,
            aiSystems: systems, businessComplexity: level("scope.business_complexity"),
            itComplexity: level("scope.it_complexity"), defaulted: defaulted)
    }
}
