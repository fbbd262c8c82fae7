import Foundation

/// How many sites an audit samples (IAF MD 1): a multiple of √(sites), rounded up, never more than the sites.
public struct SiteSample: Codable, Sendable, Hashable {
    /// The audits it applies to.
    public var audits: [CycleAudit]
    public var sites: Int
    public var basis: Basis

    static func samples(sites: Int, sampling: AuditRules.SiteSampling) -> [SiteSample] {
        [[CycleAudit.initial], [.surveillance1, .surveillance2], [.recertification]].map { audits in
            let rule = sampling[audits[0]]
            let root = Double(max(1, sites)).squareRoot()
            let sampled = min(max(1, sites), max(1, Int(clamping: (rule.value * root - 1e-9).rounded(.up))))
            return SiteSample(audits: audits, sites: sampled, basis: rule.basis)
        }
    }
}
