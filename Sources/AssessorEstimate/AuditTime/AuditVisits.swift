/// The days of each kind of audit for one standard on its own: its share of the adjusted table value
/// plus the sampled sites beyond the first, rounded; surveillance and recertification at least the minimum.
struct AuditVisits {
    let base: Double
    let samples: [SiteSample]
    let rules: AuditRules

    func extraSiteDays(_ audit: CycleAudit) -> Double {
        let sampled = samples.first { $0.audits.contains(audit) }?.sites ?? 1
        return Double(max(0, sampled - 1)) * rules.extraDaysPerSampledSite.value
    }

    func days(_ audit: CycleAudit) -> Double {
        let days = rules.round(rules.share(of: audit).value * (base + extraSiteDays(audit)))
        return audit == .initial ? days : max(rules.minimumDays.value, days)
    }
}
