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

    /// IAF MD 1: sites sampled at each kind of audit, as a multiple of √(number of sites), rounded up.
    public struct SiteSampling: Codable, Sendable {
        public var initial: SourcedValue
        public var surveillance: SourcedValue
        public var recertification: SourcedValue

        public subscript(_ audit: CycleAudit) -> SourcedValue {
            switch audit {
            case .initial: return initial
            case .surveillance1, .surveillance2: return surveillance
            case .recertification: return recertification
            }
        }
    }

    public var stage1Share: SourcedValue
    public var surveillanceShare: SourcedValue
    public var recertificationShare: SourcedValue
    /// Audit days are rounded to the nearest multiple of this (0.5: half days).
    public var rounding: SourcedValue
    /// The least a surveillance or recertification audit takes.
    public var minimumDays: SourcedValue
    /// IAF MD 11: the most an integrated audit may be reduced (never above 20 %).
    public var integrationCap: SourcedValue
    public var integrationReduction: IntegrationReduction
    public var siteSampling: SiteSampling
    public var extraDaysPerSampledSite: SourcedValue
    /// The low and high ends of the audit days around the figure computed (0.9 and 1.2: 10 % fewer, 20 % more).
    public var dayRange: SourcedRange

    enum CodingKeys: String, CodingKey {
        case stage1Share = "stage1_share", surveillanceShare = "surveillance_share"
        case recertificationShare = "recertification_share", rounding, minimumDays = "minimum_days"
        case integrationCap = "integration_cap", integrationReduction = "integration_reduction"
        case siteSampling = "site_sampling", extraDaysPerSampledSite = "extra_days_per_sampled_site", dayRange = "day_range"
    }

    /// The share of the initial audit time a cycle audit takes (1 for the initial audit).
    public func share(of audit: CycleAudit) -> SourcedValue {
        switch audit {
        case .initial: return SourcedValue(1, source: "the initial audit", status: .rule)
        case .surveillance1, .surveillance2: return surveillanceShare
        case .recertification: return recertificationShare
        }
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
