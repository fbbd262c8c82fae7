/// Turns a readiness result, the scoping facts and a cost profile into an ``Estimate``: a pure
/// function, so the same inputs always give the same figures.
public enum Estimator {
    /// The effort, audit days, cost and timeline of one situation, before any check.
    struct Parts {
        var effort: EffortEstimate
        var auditTime: AuditTimeEstimate
        var cost: CostEstimate
        var timeline: Timeline
    }

    public static func estimate(
        readiness: Readiness, scope: OrganisationScope, profile: CostProfile, options: EstimateOptions = EstimateOptions()
    ) throws(EstimateError) -> Estimate {
        let parts = try compute(readiness: readiness, scope: scope, profile: profile, options: options)
        let checks = try ClaimChecks.run(readiness: readiness, scope: scope, profile: profile, options: options, parts: parts)
        let rates = profile.currencies[options.currency]
        return Estimate(
            profile: profile.profile.name, scope: scope, standards: readiness.standards.map(\.id), currency: options.currency,
            verdict: readiness.verdict, overall: readiness.overall, coverage: readiness.coverage, effort: parts.effort,
            auditTime: parts.auditTime, cost: parts.cost, timeline: parts.timeline, checks: checks,
            assumptions: scopeAssumptions(scope, standards: readiness.standards.map(\.id)) + parts.auditTime.assumptions + parts.effort.assumptions
                + (rates.map { costAssumptions(profile: profile, rates: $0, currency: options.currency) } ?? [])
                + parts.timeline.phases.map { Assumption(topic: "timeline", text: "\($0.name): \($0.assumption).", basis: $0.basis) },
            caveats: readiness.caveats + (readiness.scorer.id == "builtin" ? [] : [
                "Gap sizes come from the scorer '\(readiness.scorer.id)'; the consultant's view (builtin) is the usual basis for effort.",
            ]))
    }

    static func compute(
        readiness: Readiness, scope: OrganisationScope, profile: CostProfile, options: EstimateOptions
    ) throws(EstimateError) -> Parts {
        guard let rates = profile.currencies[options.currency] else {
            throw EstimateError("the cost profile has no rates for '\(options.currency)'; use one of "
                                + profile.currencies.keys.sorted().joined(separator: ", ") + " or add it to the profile")
        }
        if let problem = options.problems.first { throw EstimateError(problem.message) }
        let share = options.consultancyShare ?? profile.costs.consultancyShare.value
        let effort = EffortEstimate(readiness: readiness, scope: scope, model: profile.effort)
        let auditTime = AuditTimeEstimate(standards: readiness.standards.map { ($0.id, $0.title) }, scope: scope,
                                          settings: profile.auditTime)
        let timeline = Timeline(effortDays: effort.totalDays, inHouseDays: effort.totalDays * (1 - share), fte: options.fte,
                                settings: profile.timeline)
        let cost = CostEstimate(effort: effort, auditTime: auditTime, timeline: timeline, scope: scope, rates: rates,
                                profile: profile, currency: options.currency, consultancyShare: share,
                                standards: readiness.standards.count)
        return Parts(effort: effort, auditTime: auditTime, cost: cost, timeline: timeline)
    }

    /// The defaults used for unanswered scoping questions that matter to these standards.
    private static func scopeAssumptions(_ scope: OrganisationScope, standards: [String]) -> [Assumption] {
        let onlyFor = ["scope.ai_role": "iso42001", "scope.ai_headcount": "iso42001", "scope.business_complexity": "iso27001",
                       "scope.it_complexity": "iso27001"]
        return scope.defaulted.compactMap { id in
            if let standard = onlyFor[id], !standards.contains(standard) { return nil }
            let assumed = OrganisationScope.defaults.first { id.hasPrefix($0.id) }?.assumed ?? "a default"
            return Assumption(topic: "scope", text: "\(id) is unanswered: \(assumed) assumed; answer it, "
                              + "the audit days and effort depend on it.", basis: Basis(source: "assessor default", status: .estimate))
        }
    }

    private static func costAssumptions(profile: CostProfile, rates: CurrencyRates, currency: String) -> [Assumption] {
        [("auditor day rate", rates.auditorDayRate), ("internal day rate", rates.internalDayRate),
         ("consultant day rate", rates.consultantDayRate), ("course price", rates.coursePrice),
         ("tooling per year", rates.toolingPerYear)].map { name, range in
            Assumption(topic: "cost", text: "\(name.prefix(1).uppercased() + name.dropFirst()): \(currency) \(NumberText.grouped(range.low)) / "
                       + "\(NumberText.grouped(range.likely)) / \(NumberText.grouped(range.high)) (low / likely / high).", basis: range.basis)
        } + [Assumption(topic: "cost", text: "Travel and expenses: \(NumberText.percent(profile.costs.travelShare.value)) of the audit fees.",
                        basis: profile.costs.travelShare.basis)]
    }
}
