/// The audit-time tables, which table each standard uses, and the rules applied to them.
public struct AuditTimeSettings: Codable, Sendable {
    public var tables: [String: AuditTimeTable]
    public var standards: [String: StandardAuditBasis]
    public var rules: AuditRules
}

/// Which table a standard's audit time comes from.
public struct StandardAuditBasis: Codable, Sendable {
    /// A key of ``AuditTimeSettings/tables`` (`qms`, `isms`).
    public var table: String
    /// Complexity adjustment on the table value (1 = the table value).
    public var adjustment: Double
    /// Set when the table is a proxy for a standard that has no published table, saying why.
    public var proxy: String?
    public var source: String
    public var status: SourceStatus
}

/// The rules that turn a table value into the audits of a 3-year cycle.
public struct AuditRules: Codable, Sendable {
    /// Reductions for the levels of integration answered in scoping.
    public struct IntegrationReduction: Codable, Sendable {
        public var none: SourcedValue
        public var partial: SourcedValue
        public var full: SourcedValue

        public subscript(_ level: IntegrationLevel) -> SourcedValue {
            switch level {
            case .none: return none
            case .partial: return partial
            case .full: return full
            }
        }
    }

    public var stage1Share: SourcedValue
    public var surveillanceShare: SourcedValue
    public var recertificationShare: SourcedValue
    /// Audit days are rounded to the nearest multiple of this (0.5: half days).
    public var rounding: SourcedValue
    /// The least a surveillance, recertification or Stage 1 audit takes.
    public var minimumDays: SourcedValue
    /// IAF MD 11: the most an integrated audit may be reduced (never above 20 %).
    public var integrationCap: SourcedValue
    public var integrationReduction: IntegrationReduction
    public var extraDaysPerSampledSite: SourcedValue

    enum CodingKeys: String, CodingKey {
        case stage1Share = "stage1_share", surveillanceShare = "surveillance_share"
        case recertificationShare = "recertification_share", rounding, minimumDays = "minimum_days"
        case integrationCap = "integration_cap", integrationReduction = "integration_reduction"
        case extraDaysPerSampledSite = "extra_days_per_sampled_site"
    }

    /// Rounds to the nearest multiple of ``rounding`` (5.3 → 5.5, 5.2 → 5.0; halves round up).
    public func round(_ days: Double) -> Double {
        let step = rounding.value
        return ((days / step) + 1e-9).rounded(.toNearestOrAwayFromZero) * step
    }

    /// Rounds up to the next multiple of ``rounding`` (a reduced audit stays at least as long as the cap allows).
    public func roundUp(_ days: Double) -> Double {
        let step = rounding.value
        return ((days / step) - 1e-9).rounded(.up) * step
    }
}
