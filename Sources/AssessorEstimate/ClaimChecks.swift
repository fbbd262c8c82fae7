/// The checks of the estimate against the commonly quoted figures in the profile's `claims`.
enum ClaimChecks {
    static let aims = "iso42001"

    static func run(
        readiness: Readiness, scope: OrganisationScope, profile: CostProfile, options: EstimateOptions, parts: Estimator.Parts
    ) throws(EstimateError) -> [ClaimCheck] {
        var checks: [ClaimCheck] = []
        let claims = profile.claims
        if readiness.standards.contains(where: { $0.id == aims }), profile.currencies["USD"] != nil {
            var usd = options
            usd.currency = "USD"
            var fresh = scope
            fresh.certifications = []
            fresh.integration = .none
            let scratch = try Estimator.compute(readiness: readiness.fromScratch(aims), scope: fresh, profile: profile, options: usd)
            checks.append(scratchCost(scratch, scope: scope, claim: claims.aimsFirstYearUSD))
            if scope.harmonizedCertifications.contains("iso27001") {
                let current = try Estimator.compute(readiness: readiness.restricted(to: aims), scope: scope, profile: profile, options: usd)
                checks.append(certifiedSaving(current: current, scratch: scratch, claim: claims.certifiedSaving))
            }
        }
        checks.append(duration(parts, claim: claims.durationMonths))
        return checks
    }

    /// The first 12 months of ISO/IEC 42001 from scratch against a quoted first-year range.
    private static func scratchCost(_ scratch: Estimator.Parts, scope: OrganisationScope, claim: ClaimRange) -> ClaimCheck {
        let total = scratch.cost.firstYear.likely
        var why = "Counterfactual: this organisation (\(scope.employees) people) with every ISO/IEC 42001 requirement "
            + "not in place: \(NumberText.short(scratch.effort.totalDays)) person-days and \(NumberText.short(scratch.auditTime.cycle.initial)) "
            + "initial auditor-days, likely prices; the first 12 months of a \(NumberText.short(scratch.timeline.months))-month way to the certificate."
        if total > claim.high {
            why += " Above the range: effort and audit days grow with head count, and the model's internal staff time from scratch is "
                + "larger than the claim assumes; a consultant-led project (a consultancy share) shifts, not removes, that cost."
        } else if total < claim.low {
            why += scratch.timeline.months > 12
                ? " Below the range: at this team capacity much of the work and the audits fall after the first 12 months."
                : " Below the range: a small organisation has fewer people to involve and fewer audit days."
        }
        return ClaimCheck(id: "aims-from-scratch-cost", claim: "ISO/IEC 42001 from scratch: USD \(NumberText.grouped(claim.low))-"
                          + "\(NumberText.grouped(claim.high)) in the first year, internal staff time included",
                          computed: "USD \(NumberText.grouped(total)) in the first 12 months", holds: claim.contains(total),
                          explanation: why, basis: Basis(source: claim.source, status: claim.status))
    }

    private static func certifiedSaving(current: Estimator.Parts, scratch: Estimator.Parts, claim: ClaimRange) -> ClaimCheck {
        let saving = 1 - current.cost.toCertificate.likely / max(1, scratch.cost.toCertificate.likely)
        var why = "ISO/IEC 42001 alone, this assessment's answers against the same organisation from scratch, up to the certificate, likely prices."
        if saving < claim.low {
            why += " Smaller saving: the answers show less of the AI management system in place than an ISMS usually gives."
        } else if saving > claim.high {
            why += " Larger saving: the answers show more of the AI management system already in place than an ISMS alone gives."
        }
        return ClaimCheck(id: "certified-saving", claim: "Already ISO/IEC 27001 certified: "
                          + "\(NumberText.percent(claim.low))-\(NumberText.percent(claim.high)) cheaper than from scratch",
                          computed: "\(NumberText.percent(saving)) cheaper (USD \(NumberText.grouped(current.cost.toCertificate.likely)) against "
                              + "\(NumberText.grouped(scratch.cost.toCertificate.likely)))",
                          holds: claim.contains(saving), explanation: why,
                          basis: Basis(source: claim.source, status: claim.status))
    }

    private static func duration(_ parts: Estimator.Parts, claim: ClaimRange) -> ClaimCheck {
        let months = parts.timeline.months
        var why = "\(NumberText.short(parts.effort.totalDays)) person-days of remediation at \(NumberText.short(parts.timeline.fte)) FTE, "
            + "then the fixed steps to the certificate."
        if months > claim.high {
            why += " Longer than quoted: the gaps are large for the team's capacity; more people (a higher FTE) or a consultant shorten it."
        } else if months < claim.low {
            why += " Shorter than quoted: the gaps are small; the fixed steps (running the system, the audits) remain."
        }
        return ClaimCheck(id: "duration", claim: "Implementation, start to certificate: \(NumberText.short(claim.low))-\(NumberText.short(claim.high)) months",
                          computed: "\(NumberText.short(months)) months (\(NumberText.short(parts.timeline.lowMonths))-\(NumberText.short(parts.timeline.highMonths)))",
                          holds: claim.contains(months), explanation: why, basis: Basis(source: claim.source, status: claim.status))
    }
}
