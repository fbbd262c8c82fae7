import AssessorCore

/// Person-days to close every gap: from the size of each requirement's gap and the kind of work it
/// takes, scaled by head count; shared harmonized-structure work is done once.
public struct EffortEstimate: Codable, Sendable, Hashable {
    public var sizeFactor: Double
    public var items: [RequirementEffort]
    public var byStandard: [EffortTotal]
    /// Clauses 4 to 10 across the standards, then one `Annex A` row.
    public var byClause: [EffortTotal]
    public var byWork: [EffortTotal]
    /// After sharing.
    public var totalDays: Double
    /// What sharing saved over implementing each standard on its own (0 for one standard from scratch).
    public var savedDays: Double
    /// Running the system per year after certification (internal audit, management review, upkeep).
    public var runningDaysPerYear: Double
    public var assumptions: [Assumption]

    public init(readiness: Readiness, scope: OrganisationScope, model: EffortModel) {
        sizeFactor = model.sizeFactor.factor(headCount: scope.employees)
        let factor = model.sharedWorkFactor.value
        let certified = scope.harmonizedCertifications
        var built = Set<String>()
        var items: [RequirementEffort] = []
        for result in readiness.requirements {
            defer { built.formUnion(result.sharedQuestions) }
            guard let score = result.score, let gap = GapSize(score: score), let work = WorkKind(rawValue: result.work) else { continue }
            let full = model.perGap[work][gap] * sizeFactor
            let shared = certified.isEmpty ? result.sharedQuestions.filter(built.contains) : result.sharedQuestions
            let share = result.questionsAsked == 0 ? 0 : Double(shared.count) / Double(result.questionsAsked)
            let with = shared.isEmpty ? nil : certified.isEmpty
                ? "another standard in scope" : "the certified " + certified.joined(separator: ", ") + " system"
            items.append(RequirementEffort(
                standard: result.standard, requirement: result.id, title: result.title, section: result.section,
                kind: result.kind, work: work, gap: gap, score: score, fullDays: full,
                days: full * (1 - share * (1 - factor)), sharedQuestions: shared, sharedWith: with))
        }
        self.items = items
        byStandard = readiness.standards.map { standard in
            EffortTotal(id: standard.id, title: standard.title, items: items.filter { $0.standard == standard.id })
        }
        let clauses = readiness.standards.flatMap(\.clauses).reduce(into: [(String, String)]()) { list, clause in
            if !list.contains(where: { $0.0 == clause.id }) { list.append((clause.id, clause.title)) }
        }.sorted { RequirementOrder.areInOrder($0.0, $1.0) }
        byClause = clauses.map { id, title in
            EffortTotal(id: id, title: title, items: items.filter { $0.kind == "clause" && $0.section == id })
        } + [EffortTotal(id: "A", title: "Annex A controls", items: items.filter { $0.kind != "clause" })]
        byWork = WorkKind.allCases.map { work in
            EffortTotal(id: work.rawValue, title: work.rawValue, items: items.filter { $0.work == work })
        }
        totalDays = EffortTotal.rounded(items.map(\.days).reduce(0, +))
        savedDays = EffortTotal.rounded(items.map(\.savedDays).reduce(0, +))
        let standards = Double(max(1, readiness.standards.count))
        runningDaysPerYear = EffortTotal.rounded(model.runningDaysPerYear.value * sizeFactor * (1 + (standards - 1) * factor))
        assumptions = Self.assumptions(model: model, scope: scope, sizeFactor: sizeFactor, certified: certified,
                                       standards: readiness.standards.count)
    }

    private static func assumptions(
        model: EffortModel, scope: OrganisationScope, sizeFactor: Double, certified: [String], standards: Int
    ) -> [Assumption] {
        let days = model.perGap
        func row(_ work: WorkKind) -> String {
            "\(work.rawValue) \(NumberText.short(days[work].small))/\(NumberText.short(days[work].medium))/\(NumberText.short(days[work].large))"
        }
        var list = [
            Assumption(topic: "effort", text: "Person-days per gap (small/medium/large): "
                       + WorkKind.allCases.map(row).joined(separator: ", ") + "; gap sizes from the consultant's scores.",
                       basis: Basis(source: days.source, status: days.status)),
            Assumption(topic: "effort", text: "Size factor ×\(NumberText.short(sizeFactor)) for \(scope.employees) people.",
                       basis: Basis(source: model.sizeFactor.source, status: model.sizeFactor.status)),
        ]
        if standards > 1 || !certified.isEmpty {
            let what = certified.isEmpty ? "for a standard earlier in the assessment"
                : "by the certified " + certified.joined(separator: ", ") + " system"
            list.append(Assumption(topic: "effort", text: "Shared harmonized-structure work already built \(what) costs "
                                   + "\(NumberText.percent(model.sharedWorkFactor.value)) of building it.", basis: model.sharedWorkFactor.basis))
        }
        list.append(Assumption(topic: "effort", text: "Running the system: \(NumberText.short(model.runningDaysPerYear.value)) person-days "
                               + "per standard per year at size factor 1.", basis: model.runningDaysPerYear.basis))
        return list
    }
}
