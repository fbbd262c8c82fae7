/// IAF MD 11 applied visit by visit: the combined time of every standard audited at a visit is reduced
/// once and split back in proportion to each standard's separate days; the initial audit is then
/// split into Stage 1 (the new certificates' share) and Stage 2 (the rest, with any held certificate's audit).
struct IntegratedCycles {
    /// Per module id, the days after the reduction.
    private(set) var cycles: [String: AuditCycle] = [:]
    private(set) var reductions: [AuditReduction] = []

    init(times: [StandardAuditTime], reduction: Double, basis: Basis, rules: AuditRules) {
        var days: [String: [CycleAudit: Double]] = [:]
        for audit in CycleAudit.allCases {
            let taking = times.filter { $0.cycle.days(audit) > 0 }
            let separate = taking.map { $0.cycle.days(audit) }.reduce(0, +)
            for time in times { days[time.standard, default: [:]][audit] = time.cycle.days(audit) }
            guard taking.count >= 2, reduction > 0, separate > 0 else { continue }
            let integrated = min(separate, rules.roundUp(separate * (1 - reduction)))
            for (time, part) in zip(taking, Self.split(integrated, by: taking.map { $0.cycle.days(audit) })) {
                days[time.standard]?[audit] = part
            }
            reductions.append(AuditReduction(audit: audit, standards: taking.map(\.standard), separate: separate,
                                             integrated: integrated, share: 1 - integrated / separate, basis: basis))
        }
        let initialReduced = reductions.contains { $0.audit == .initial }
        let new = times.filter { $0.ownAudits == nil }
        let initials = new.map { days[$0.standard]?[.initial] ?? 0 }
        let stage1 = Self.split(rules.round(initials.reduce(0, +) * rules.stage1Share.value), by: initials)
        for time in times {
            let visits = days[time.standard] ?? [:]
            var first = (stage1: time.cycle.stage1, stage2: time.cycle.stage2)
            if initialReduced {
                let part = new.firstIndex { $0.standard == time.standard }.map { stage1[$0] } ?? 0
                first = (part, (visits[.initial] ?? 0) - part)
            }
            cycles[time.standard] = AuditCycle(
                stage1: first.stage1, stage2: first.stage2, surveillance1: visits[.surveillance1] ?? 0,
                surveillance2: visits[.surveillance2] ?? 0, recertification: visits[.recertification] ?? 0)
        }
    }

    /// `total` in proportion to `weights`, to the hundredth of a day; the last part takes the remainder.
    static func split(_ total: Double, by weights: [Double]) -> [Double] {
        let sum = weights.reduce(0, +)
        guard sum > 0, !weights.isEmpty else { return weights.map { _ in 0 } }
        var parts = weights.dropLast().map { ($0 / sum * total * 100).rounded() / 100 }
        parts.append(((total - parts.reduce(0, +)) * 100).rounded() / 100)
        return parts
    }
}
