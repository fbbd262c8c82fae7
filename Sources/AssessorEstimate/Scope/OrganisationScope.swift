/// The facts from the scoping answers that the estimates need. An unanswered fact takes a stated
/// default, and the estimate says so.
public struct OrganisationScope: Codable, Sendable, Hashable {
    /// Module ids of certifications held, from the ids the scoping question offers.
    public static let harmonizedStructureCertifications: Set<String> = ["iso9001", "iso27001", "iso42001", "iso14001", "iso45001"]

    /// People doing work under the organisation's control within the scope (`scope.employees`), as heads.
    public var employees: Int
    /// The same people with part-timers as full-time equivalents (`scope.effective_personnel`): the
    /// audit-time tables read this. Unanswered, the head count.
    public var effectivePersonnel: Int
    public var sites: Int
    public var integration: IntegrationLevel
    /// Certifications already held (`scope.certifications`), without `none`.
    public var certifications: [String]
    /// For a certification held, the cycle audit due next (`scope.cycle.<id>`); unanswered, surveillance 1.
    public var certificateCycles: [String: CertificateStatus]
    /// `producer`, `developer`, `provider`, `user` (`scope.ai_role`).
    public var aiRoles: [String]
    /// People whose work falls within the AI management system (`scope.ai_headcount`); unanswered, all
    /// of the effective personnel.
    public var aiHeadcount: Int
    public var aiSystems: Int?
    /// ISO/IEC 27006 complexity of the business and of the IT environment; unanswered, medium.
    public var businessComplexity: ComplexityLevel
    public var itComplexity: ComplexityLevel
    /// The scoping questions left unanswered, whose defaults the estimate used.
    public var defaulted: [String]

    public init(
        employees: Int, effectivePersonnel: Int? = nil, sites: Int = 1, integration: IntegrationLevel = .none,
        certifications: [String] = [], certificateCycles: [String: CertificateStatus] = [:], aiRoles: [String] = [],
        aiHeadcount: Int? = nil, aiSystems: Int? = nil, businessComplexity: ComplexityLevel = .medium,
        itComplexity: ComplexityLevel = .medium, defaulted: [String] = []
    ) {
        self.employees = employees
        self.effectivePersonnel = effectivePersonnel ?? employees
        self.sites = sites
        self.integration = integration
        self.certifications = certifications
        self.certificateCycles = certificateCycles
        self.aiRoles = aiRoles
        self.aiHeadcount = aiHeadcount ?? effectivePersonnel ?? employees
        self.aiSystems = aiSystems
        self.businessComplexity = businessComplexity
        self.itComplexity = itComplexity
        self.defaulted = defaulted
    }

    /// Certified management systems on the harmonized structure, whose clause work a new standard can share.
    public var harmonizedCertifications: [String] {
        certifications.filter(Self.harmonizedStructureCertifications.contains)
    }

    /// New, or held with the cycle audit due next.
    public func certificate(of standard: String) -> CertificateStatus {
        guard certifications.contains(standard) else { return .new }
        return certificateCycles[standard].flatMap { $0 == .new ? nil : $0 } ?? .surveillance1
    }

    /// The AI role for audit time: the one picked, `several` for more than one; nil when unanswered.
    public var aiRole: AIRole? { AIRole(choices: aiRoles) }
}
