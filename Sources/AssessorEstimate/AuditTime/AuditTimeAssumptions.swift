/// The assumptions behind the audit days, each with its source and status: the table read per
/// standard, the adjustments, held certificates, the cycle shares, sites, the integrated audits and the range.
struct AuditTimeAssumptions {
    private(set) var list: [Assumption] = []

    init(scope: OrganisationScope, settings: AuditTimeSettings, estimate: AuditTimeEstimate) {
        let rules = settings.rules
        for time in estimate.standards {
            add(table(time), time.tableBasis)
            if let complexity = time.complexity {
                add("\(time.title): business complexity \(complexity.business.rawValue) (\(Self.change(complexity.businessChange))), "
                    + "IT complexity \(complexity.it.rawValue) (\(Self.change(complexity.itChange))); table value ×"
                    + "\(NumberText.short(time.adjustment)) in all (IAF MD 5: never more than 30 % below the table).", complexity.basis)
            } else if time.adjustment != 1 {
                add("\(time.title): adjusted ×\(NumberText.short(time.adjustment)) by the cost profile (IAF MD 5: never more "
                    + "than 30 % below the table).", Basis(source: "cost profile", status: .estimate))
            }
            if let own = time.ownAudits, let next = time.certificate.nextAudit {
                add("\(time.title) is already certified (\(next.title.lowercased()) due next): no Stage 1, Stage 2 or new certificate; "
                    + "its cycle audits (" + own.map { $0.title.lowercased() }.joined(separator: ", ")
                    + ") are taken at the visits of the cycle.", Basis(source: "assessor: the held certificate's cycle aligned with the new one's visits",
                                                                   status: .estimate))
            }
            if let basis = settings.standards[time.standard]?.cycleBasis {
                add("\(time.title): each surveillance \(NumberText.percent(rules.surveillanceShare.value)) of the initial audit time, "
                    + "recertification \(NumberText.percent(rules.recertificationShare.value)), at least "
                    + "\(NumberText.short(rules.minimumDays.value)) day.", basis)
            }
        }
        add("Stage 1 is \(NumberText.percent(rules.stage1Share.value)) of the initial audit, Stage 2 the rest.", rules.stage1Share.basis)
        add("Audit days are rounded to the nearest \(NumberText.short(rules.rounding.value)) day.", rules.rounding.basis)
        if !estimate.reductions.isEmpty {
            add("Integrated audits, integration '\(scope.integration.rawValue)' (\(NumberText.percent(estimate.reduction)) at most, "
                + "on the combined time of each visit, rounded up): " + estimate.reductions.map { reduction in
                    "\(reduction.audit.title.lowercased()) \(NumberText.short(reduction.separate)) → \(NumberText.short(reduction.integrated))"
                        + " (-\(NumberText.percent(reduction.share)))"
                }.joined(separator: ", ") + ".", estimate.reductions[0].basis)
        }
        sites(scope.sites, estimate: estimate, rules: rules)
        add("Audit days may come out between ×\(NumberText.short(rules.dayRange.low)) and ×\(NumberText.short(rules.dayRange.high)) "
            + "of these figures (a certification body's own reading of complexity, risk and sampling): the low and high costs use "
            + "\(NumberText.short(estimate.cycleDays.low)) and \(NumberText.short(estimate.cycleDays.high)) auditor-days over the cycle.",
            rules.dayRange.basis)
        for id in estimate.notEstimated {
            add("\(id): the cost profile has no audit-time table for it; its audits are not estimated.", Basis(source: "cost profile", status: .estimate))
        }
    }

    private mutating func add(_ text: String, _ basis: Basis) {
        list.append(Assumption(topic: "audit time", text: text, basis: basis))
    }

    private func table(_ time: StandardAuditTime) -> String {
        let role = time.role.map { " as \($0 == .several ? "holders of several AI roles" : "an AI \($0.rawValue)")" } ?? ""
        return "\(time.title): \(NumberText.short(time.tableDays)) initial auditor-days for \(time.headCount) people "
            + "(\(time.headCountBasis))\(role), \(time.table), band \(time.band)." + (time.proxy.map { " \($0)" } ?? "")
    }

    private mutating func sites(_ sites: Int, estimate: AuditTimeEstimate, rules: AuditRules) {
        guard sites > 1, let time = estimate.standards.first else { return }
        for sample in time.sampledSites {
            add("\(sites) sites: \(sample.sites) sampled at the " + sample.audits.map { $0.title.lowercased() }.joined(separator: " and ")
                + " (\(NumberText.short(rules.siteSampling[sample.audits[0]].value))·√\(sites), rounded up).", sample.basis)
        }
        add("Each sampled site beyond the first adds \(NumberText.short(rules.extraDaysPerSampledSite.value)) day to the initial audit "
            + "(and its share to the other audits).", rules.extraDaysPerSampledSite.basis)
    }

    private static func change(_ value: Double) -> String { (value < 0 ? "-" : "+") + NumberText.percent(abs(value)) }
}
