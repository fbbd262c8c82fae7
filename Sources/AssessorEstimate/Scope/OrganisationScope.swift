import AssessorCore

/// The facts from the scoping answers that the estimates need. An unanswered fact takes a stated
/// default, and the estimate says so.
public struct OrganisationScope: Codable, Sendable, Hashable {
    /// Module ids of certifications held, from the ids the scoping question offers.
    public static let harmonizedStructureCertifications: Set<String> = ["iso9001", "iso27001", "iso42001", "iso14001", "iso45001"]
    static let defaultEmployees = 50

    /// People doing work under the organisation's control within the scope (`scope.employees`).
    public var employees: Int
    public var sites: Int
    public var integration: IntegrationLevel
    /// Certifications already held (`scope.certifications`), without `none`.
    public var certifications: [String]
    /// `developer`, `provider`, `user` (`scope.ai_role`).
    public var aiRoles: [String]
    public var aiSystems: Int?
    /// The scoping questions left unanswered, whose defaults the estimate used.
    public var defaulted: [String]

    public init(
        employees: Int, sites: Int = 1, integration: IntegrationLevel = .none, certifications: [String] = [],
        aiRoles: [String] = [], aiSystems: Int? = nil, defaulted: [String] = []
    ) {
        self.employees = employees
        self.sites = sites
        self.integration = integration
        self.certifications = certifications
        self.aiRoles = aiRoles
        self.aiSystems = aiSystems
        self.defaulted = defaulted
    }

    /// Reads the scoping answers; an unanswered head count is taken as 50 people, sites as 1,
    /// integration as none.
    public init(answers: [String: Answer]) {
        var defaulted: [String] = []
        func number(_ id: String) -> Double? {
            if case .number(let value)? = answers[id]?.value { return value }
            return nil
        }
        func choices(_ id: String) -> [String] {
            switch answers[id]?.value {
            case .choices(let values)?: return values
            case .choice(let value)?: return [value]
            default: return []
            }
        }
        let employees = number("scope.employees").map { max(1, Int($0.rounded())) }
        if employees == nil { defaulted.append("scope.employees") }
        let sites = number("scope.sites").map { max(1, Int($0.rounded())) }
        if sites == nil { defaulted.append("scope.sites") }
        let integration = choices("scope.integration").first.flatMap(IntegrationLevel.init(rawValue:))
        if integration == nil { defaulted.append("scope.integration") }
        self.init(
            employees: employees ?? Self.defaultEmployees, sites: sites ?? 1, integration: integration ?? .none,
            certifications: choices("scope.certifications").filter { $0 != "none" }, aiRoles: choices("scope.ai_role"),
            aiSystems: number("scope.ai_systems").map { Int($0.rounded()) }, defaulted: defaulted)
    }

    /// Certified management systems on the harmonized structure, whose clause work a new standard can share.
    public var harmonizedCertifications: [String] {
        certifications.filter(Self.harmonizedStructureCertifications.contains)
    }
}
