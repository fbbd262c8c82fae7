extension CostProfileValidator {
    mutating func checkAuditTime(_ settings: AuditTimeSettings) {
        let audit = YAMLPath([.key("audit_time")])
        for (name, table) in settings.tables.sorted(by: { $0.key < $1.key }) {
            let path = audit.appending("tables").appending(name)
            checkBands(table.bands.map { ($0.upTo, [("days", $0.days)]) }, ProfileLimits.tableDays, at: path.appending("bands"))
            let beyond = path.appending("beyond_last_band")
            bound(table.beyondLastBand.growth, ProfileLimits.growth, beyond.appending("growth"), why: "each further band is wider")
            bound(table.beyondLastBand.daysPerBand, ProfileLimits.tableDays, beyond.appending("days_per_band"))
        }
        for (name, table) in settings.roleTables.sorted(by: { $0.key < $1.key }) {
            let path = audit.appending("role_tables").appending(name)
            checkBands(table.rows.map { ($0.upTo, $0.days.all) }, ProfileLimits.tableDays, at: path.appending("rows"))
            let beyond = path.appending("beyond_last_row")
            check(settings.tables[table.beyondLastRow.table] != nil, beyond.appending("table"),
                  "role table '\(name)' continues with table '\(table.beyondLastRow.table)', which 'tables' does not define")
            for (key, value) in table.beyondLastRow.factors.all { bound(value, ProfileLimits.roleFactor, beyond.appending("factors").appending(key)) }
        }
        for (name, factors) in settings.complexityFactors.sorted(by: { $0.key < $1.key }) {
            let path = audit.appending("complexity_factors").appending(name)
            for (kind, levels) in [("business", factors.business), ("it", factors.it)] {
                for (key, value) in levels.all { bound(value, ProfileLimits.complexityChange, path.appending(kind).appending(key)) }
            }
        }
        for (id, basis) in settings.standards.sorted(by: { $0.key < $1.key }) {
            checkStandard(id, basis, settings: settings, at: audit.appending("standards").appending(id))
        }
        checkRules(settings.rules, at: audit.appending("rules"))
    }

    private mutating func checkStandard(_ id: String, _ basis: StandardAuditBasis, settings: AuditTimeSettings, at path: YAMLPath) {
        switch (basis.table, basis.roleTable) {
        case (let table?, nil):
            check(settings.tables[table] != nil, path.appending("table"), "standard '\(id)' uses table '\(table)', which 'tables' does not "
                  + "define; use one of " + settings.tables.keys.sorted().joined(separator: ", "))
        case (nil, let table?):
            check(settings.roleTables[table] != nil, path.appending("role_table"), "standard '\(id)' uses role table '\(table)', which "
                  + "'role_tables' does not define; use one of " + settings.roleTables.keys.sorted().joined(separator: ", "))
        default:
            check(false, path, "standard '\(id)' must name exactly one of 'table' and 'role_table'")
        }
        let cap = "IAF MD 5 allows audit time at most 30 % below the table: use 0.7 or above"
        guard bound(basis.adjustment, ProfileLimits.adjustment, path.appending("adjustment"), why: cap) else { return }
        guard let name = basis.complexityFactors else { return }
        guard let factors = settings.complexityFactors[name] else {
            return check(false, path.appending("complexity_factors"), "standard '\(id)' uses complexity factors '\(name)', which "
                         + "'complexity_factors' does not define")
        }
        let lowest = basis.adjustment * (1 + [factors.business.low, factors.business.medium, factors.business.high].min()!
                                         + [factors.it.low, factors.it.medium, factors.it.high].min()!)
        check(lowest >= 1 - Self.reductionCeiling - 1e-9, path.appending("adjustment"),
              "standard '\(id)': 'adjustment' \(NumberText.short(basis.adjustment)) with the lowest complexity factors cuts the table "
                  + "time by \(NumberText.percent(1 - lowest)); IAF MD 5 allows at most 30 %")
    }

    private mutating func checkRules(_ rules: AuditRules, at path: YAMLPath) {
        for (key, value) in [("stage1_share", rules.stage1Share), ("surveillance_share", rules.surveillanceShare),
                             ("recertification_share", rules.recertificationShare)] {
            bound(value, 0.01...1, path.appending(key))
        }
        bound(rules.rounding, ProfileLimits.rounding, path.appending("rounding"), why: "0.5: half days")
        bound(rules.minimumDays, ProfileLimits.tableDays, path.appending("minimum_days"))
        bound(rules.integrationCap, 0...Self.integrationCeiling, path.appending("integration_cap"), why: "IAF MD 11 allows at most 20 %")
        for level in IntegrationLevel.allCases {
            bound(rules.integrationReduction[level], 0...max(0, min(rules.integrationCap.value, Self.integrationCeiling)),
                  path.appending("integration_reduction").appending(level.rawValue), why: "at most integration_cap")
        }
        for (key, value) in [("initial", rules.siteSampling.initial), ("surveillance", rules.siteSampling.surveillance),
                             ("recertification", rules.siteSampling.recertification)] {
            bound(value, 0.1...1, path.appending("site_sampling").appending(key), why: "a multiple of the square root of the sites")
        }
        bound(rules.extraDaysPerSampledSite, ProfileLimits.tableDays, path.appending("extra_days_per_sampled_site"))
        let range = path.appending("day_range")
        bound(rules.dayRange.low, ProfileLimits.dayRangeLow, range.appending("low"), why: "IAF MD 5 allows at most 30 % below the table")
        bound(rules.dayRange.likely, 1...1, range.appending("likely"), why: "the figure computed")
        bound(rules.dayRange.high, ProfileLimits.dayRangeHigh, range.appending("high"))
    }
}
