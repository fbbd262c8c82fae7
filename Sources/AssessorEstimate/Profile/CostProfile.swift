/// Every table, rule and rate the estimates use, read from an editable YAML file: the default one
/// bundled with assessor (`default-cost-profile.yaml`) or one given with `--profile FILE`.
public struct CostProfile: Codable, Sendable {
    /// The newest profile schema this host reads.
    public static let currentSchemaVersion = 1

    public struct Identity: Codable, Sendable {
        public var name: String
        public var description: String
    }

    /// Costs that are neither audit days nor day rates.
    public struct Costs: Codable, Sendable {
        /// Travel and expenses as a share of the audit fees.
        public var travelShare: SourcedValue
        /// People trained (implementer, internal auditor) per standard.
        public var coursesPerStandard: SourcedValue
        /// The share of the remediation work bought from a consultant (0 = in-house).
        public var consultancyShare: SourcedValue

        enum CodingKeys: String, CodingKey {
            case travelShare = "travel_share", coursesPerStandard = "courses_per_standard"
            case consultancyShare = "consultancy_share"
        }
    }

    /// The public claims the estimate is checked against.
    public struct Claims: Codable, Sendable {
        /// First-year total in USD for an organisation implementing ISO/IEC 42001 from scratch, internal staff time included.
        public var aimsFirstYearUSD: ClaimRange
        /// The saving when already ISO/IEC 27001 certified, as a share (0.3 = 30 % cheaper).
        public var certifiedSaving: ClaimRange
        /// Start to certificate, in months.
        public var durationMonths: ClaimRange

        enum CodingKeys: String, CodingKey {
            case aimsFirstYearUSD = "aims_first_year_usd", certifiedSaving = "certified_saving"
            case durationMonths = "duration_months"
        }
    }

    public var schemaVersion: Int
    public var profile: Identity
    public var auditTime: AuditTimeSettings
    /// Rates and fees by ISO 4217 code (`USD`, `EUR`, `GBP`).
    public var currencies: [String: CurrencyRates]
    public var costs: Costs
    public var effort: EffortModel
    public var timeline: TimelineSettings
    public var claims: Claims

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", profile, auditTime = "audit_time", currencies, costs, effort
        case timeline, claims
    }
}
