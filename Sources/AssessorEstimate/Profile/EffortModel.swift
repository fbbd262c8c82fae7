import AssessorCore

/// How many person-days closing a gap takes.
public struct EffortModel: Codable, Sendable {
    /// Person-days for a small, medium and large gap.
    public struct GapDays: Codable, Sendable {
        public var small: Double
        public var medium: Double
        public var large: Double

        public subscript(_ size: GapSize) -> Double {
            switch size {
            case .small: return small
            case .medium: return medium
            case .large: return large
            }
        }
    }

    /// Person-days per gap by kind of work, at size factor 1.
    public struct PerGap: Codable, Sendable {
        public var source: String
        public var status: SourceStatus
        public var document: GapDays
        public var process: GapDays
        public var technical: GapDays
        public var training: GapDays

        public subscript(_ work: WorkKind) -> GapDays {
            switch work {
            case .document: return document
            case .process: return process
            case .technical: return technical
            case .training: return training
            }
        }
    }

    /// The effort multiplier by head count.
    public struct SizeFactors: Codable, Sendable {
        public struct Band: Codable, Sendable, HeadCountBand {
            public var upTo: Int?
            public var factor: Double

            enum CodingKeys: String, CodingKey { case upTo = "up_to", factor }
        }

        public var source: String
        public var status: SourceStatus
        public var bands: [Band]

        public func factor(headCount: Int) -> Double { (bands.band(for: headCount) ?? bands.last)?.factor ?? 1 }
    }

    public var perGap: PerGap
    public var sizeFactor: SizeFactors
    /// The share of a shared clause's work left when another standard (or a certified system) already built it.
    public var sharedWorkFactor: SourcedValue
    /// Staff days that accompany each auditor-day.
    public var auditSupportDaysPerAuditDay: SourcedValue
    /// Running the system per standard per year, at size factor 1.
    public var runningDaysPerYear: SourcedValue

    enum CodingKeys: String, CodingKey {
        case perGap = "per_gap", sizeFactor = "size_factor", sharedWorkFactor = "shared_work_factor"
        case auditSupportDaysPerAuditDay = "audit_support_days_per_audit_day"
        case runningDaysPerYear = "running_days_per_year"
    }
}

/// How big a requirement's gap is, from its score.
public enum GapSize: String, Codable, Sendable, CaseIterable {
    /// Largely in place (score from 2/3 up to, not including, 1).
    case small
    /// Partly in place (from 1/3 up to 2/3).
    case medium
    /// Not in place, unknown or unanswered (below 1/3).
    case large

    /// The gap of a score; nil when the requirement is met.
    public init?(score: Double) {
        if score >= 1 - 1e-9 { return nil }
        self = score >= 2.0 / 3 - 1e-9 ? .small : score >= 1.0 / 3 - 1e-9 ? .medium : .large
    }
}
