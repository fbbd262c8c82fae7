/// The auditor-days of one 3-year certification cycle: the initial audit in two stages, two
/// surveillance audits and the recertification audit.
public struct AuditCycle: Codable, Sendable, Hashable {
    public var stage1: Double
    public var stage2: Double
    public var surveillance1: Double
    public var surveillance2: Double
    public var recertification: Double
    /// Stage 1 + Stage 2.
    public private(set) var initial: Double
    /// Year 1 (the initial audit) to year 3 (the recertification audit).
    public private(set) var total: Double

    public init(stage1: Double, stage2: Double, surveillance1: Double, surveillance2: Double, recertification: Double) {
        self.stage1 = stage1
        self.stage2 = stage2
        self.surveillance1 = surveillance1
        self.surveillance2 = surveillance2
        self.recertification = recertification
        initial = stage1 + stage2
        total = initial + surveillance1 + surveillance2 + recertification
    }

    static let zero = AuditCycle(stage1: 0, stage2: 0, surveillance1: 0, surveillance2: 0, recertification: 0)

    /// The days of one visit (the initial audit: both stages).
    public func days(_ audit: CycleAudit) -> Double {
        switch audit {
        case .initial: return initial
        case .surveillance1: return surveillance1
        case .surveillance2: return surveillance2
        case .recertification: return recertification
        }
    }

    /// Audit by audit, the sum of several cycles.
    public static func sum(_ cycles: [AuditCycle]) -> AuditCycle {
        cycles.reduce(.zero) {
            AuditCycle(stage1: $0.stage1 + $1.stage1, stage2: $0.stage2 + $1.stage2,
                       surveillance1: $0.surveillance1 + $1.surveillance1, surveillance2: $0.surveillance2 + $1.surveillance2,
                       recertification: $0.recertification + $1.recertification)
        }
    }
}
