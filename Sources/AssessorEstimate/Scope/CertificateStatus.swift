/// Where a standard stands with certification: new (to be certified), or already certified with its
/// next cycle audit due (`scope.cycle.<standard>`). A held certificate costs its cycle audits only.
public enum CertificateStatus: String, Codable, Sendable, CaseIterable {
    case new
    /// Certified; the first surveillance audit of the cycle is next.
    case surveillance1 = "surveillance-1"
    case surveillance2 = "surveillance-2"
    case recertification

    /// The audit due next for a held certificate; nil for a new one.
    public var nextAudit: CycleAudit? {
        switch self {
        case .new: return nil
        case .surveillance1: return .surveillance1
        case .surveillance2: return .surveillance2
        case .recertification: return .recertification
        }
    }

    public var isHeld: Bool { self != .new }
}
