/// One audit visit of a 3-year certification cycle. The initial audit is carried out in two stages;
/// IAF MD 11 reduces the combined time of each visit, then the initial audit is split into its stages.
public enum CycleAudit: String, Codable, Sendable, CaseIterable {
    /// Stage 1 + Stage 2 (for a certificate already held: its cycle audit due at that visit).
    case initial
    case surveillance1 = "surveillance-1"
    case surveillance2 = "surveillance-2"
    case recertification

    /// `Surveillance 1`.
    public var title: String {
        switch self {
        case .initial: return "Initial audit"
        case .surveillance1: return "Surveillance 1"
        case .surveillance2: return "Surveillance 2"
        case .recertification: return "Recertification"
        }
    }

    /// The audit of a held certificate's own cycle that follows this one (surveillance 1, surveillance 2,
    /// recertification, then surveillance 1 of the next cycle).
    var following: CycleAudit {
        switch self {
        case .initial, .recertification: return .surveillance1
        case .surveillance1: return .surveillance2
        case .surveillance2: return .recertification
        }
    }
}
