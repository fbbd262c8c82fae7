import AssessorCore

/// The action plan: every requirement with a likely finding, blockers first, then major, minor and
/// observations; within a severity the lowest score first, then the catalog's order. Each gap has
/// the estimate's person-days and a target month from ``GapSchedule``.
enum ActionPlan {
    static func rows(_ requirements: [AssessedRequirement], gaps: [GapRow], estimates: ReportEstimates) -> [ActionRow] {
        let gapped = zip(requirements, gaps).enumerated().compactMap { index, pair -> (Int, AssessedRequirement, GapRow, Severity)? in
            guard let severity = pair.1.severity else { return nil }
            return (index, pair.0, pair.1, severity)
        }
        let ordered = gapped.sorted { lhs, rhs in
            if lhs.3 != rhs.3 { return lhs.3 < rhs.3 }
            let (left, right) = (lhs.2.score ?? 0, rhs.2.score ?? 0)
            return left != right ? left < right : lhs.0 < rhs.0
        }
        let days = ordered.map { estimates.effort[$0.1.reference] }
        let months = GapSchedule.targetMonths(days, over: estimates.implementationMonths)
        return ordered.enumerated().map { rank, entry in
            let (_, item, gap, severity) = entry
            return ActionRow(
                priority: rank + 1, standard: gap.standard, requirement: gap.requirement, title: gap.title,
                severity: severity, action: gap.recommendedAction, effortDays: days[rank],
                ownerRole: OwnerRole.suggested(for: item.requirement, standard: item.module), targetMonth: months[rank])
        }
    }
}
