/// Checks the values of a decoded profile: tables in order, shares between 0 and 1, ranges from
/// low to high, and the IAF MD 11 cap of 20 %.
struct CostProfileValidator {
    /// IAF MD 11 never allows an integrated audit more than 20 % shorter.
    static let integrationCeiling = 0.2

    private(set) var problems: [ProfileProblem] = []

    static func problems(in profile: CostProfile) -> [ProfileProblem] {
        var validator = CostProfileValidator()
        validator.checkAuditTime(profile.auditTime)
        validator.checkCurrencies(profile.currencies)
        validator.checkEffortAndCosts(profile)
        return validator.problems
    }

    private mutating func check(_ condition: Bool, _ path: YAMLPath, _ message: String) {
        if !condition { problems.append(ProfileProblem(path: path, message: message)) }
    }

    private mutating func checkAuditTime(_ settings: AuditTimeSettings) {
        let audit = YAMLPath([.key("audit_time")])
        for (name, table) in settings.tables.sorted(by: { $0.key < $1.key }) {
            let path = audit.appending("tables").appending(name)
            check(!table.bands.isEmpty, path.appending("bands"), "table '\(name)' has no bands")
            checkBands(table.bands.map { ($0.upTo, $0.days) }, at: path.appending("bands"))
            check(table.beyondLastBand.growth > 1, path.appending("beyond_last_band").appending("growth"),
                  "'growth' must be above 1 so that each further band is wider")
        }
        for (id, basis) in settings.standards.sorted(by: { $0.key < $1.key }) {
            let path = audit.appending("standards").appending(id)
            check(settings.tables[basis.table] != nil, path.appending("table"),
                  "standard '\(id)' uses table '\(basis.table)', which 'tables' does not define; use one of "
                      + settings.tables.keys.sorted().joined(separator: ", "))
            check(basis.adjustment > 0, path.appending("adjustment"), "'adjustment' must be above 0")
        }
        let rules = settings.rules, path = audit.appending("rules")
        for (key, value) in [("stage1_share", rules.stage1Share), ("surveillance_share", rules.surveillanceShare),
                             ("recertification_share", rules.recertificationShare)] {
            check(value.value > 0 && value.value <= 1, path.appending(key), "'\(key)' must be above 0 and at most 1")
        }
        check(rules.rounding.value > 0, path.appending("rounding"), "'rounding' must be above 0 (0.5: half days)")
        check(rules.integrationCap.value >= 0 && rules.integrationCap.value <= Self.integrationCeiling + 1e-9,
              path.appending("integration_cap"), "'integration_cap' must be between 0 and 0.2: IAF MD 11 allows at most 20 %")
        for level in IntegrationLevel.allCases {
            let value = rules.integrationReduction[level].value
            check(value >= 0 && value <= rules.integrationCap.value + 1e-9,
                  path.appending("integration_reduction").appending(level.rawValue),
                  "the reduction for '\(level.rawValue)' must be between 0 and integration_cap (\(rules.integrationCap.value))")
        }
    }

    private mutating func checkCurrencies(_ currencies: [String: CurrencyRates]) {
        for (code, rates) in currencies.sorted(by: { $0.key < $1.key }) {
            let path = YAMLPath([.key("currencies"), .key(code)])
            for (key, range) in [("auditor_day_rate", rates.auditorDayRate), ("internal_day_rate", rates.internalDayRate),
                                 ("consultant_day_rate", rates.consultantDayRate), ("course_price", rates.coursePrice),
                                 ("tooling_per_year", rates.toolingPerYear)] {
                check(range.low >= 0 && range.low <= range.likely && range.likely <= range.high, path.appending(key),
                      "'\(key)' must have 0 <= low <= likely <= high")
            }
            for (key, fees) in [("certificate_fee", rates.certificateFee), ("administration_fee_per_year", rates.administrationFeePerYear)] {
                checkBands(fees.bands.map { ($0.upTo, $0.amount) }, at: path.appending(key).appending("bands"))
            }
        }
    }

    private mutating func checkEffortAndCosts(_ profile: CostProfile) {
        let effort = YAMLPath([.key("effort")])
        checkBands(profile.effort.sizeFactor.bands.map { ($0.upTo, $0.factor) }, at: effort.appending("size_factor").appending("bands"))
        check(profile.effort.sharedWorkFactor.value >= 0 && profile.effort.sharedWorkFactor.value <= 1,
              effort.appending("shared_work_factor"), "'shared_work_factor' must be between 0 and 1")
        for (key, share) in [("travel_share", profile.costs.travelShare), ("consultancy_share", profile.costs.consultancyShare)] {
            check(share.value >= 0 && share.value <= 1, YAMLPath([.key("costs"), .key(key)]), "'\(key)' must be between 0 and 1")
        }
        check(profile.timeline.productiveDaysPerFTEMonth.value > 0,
              YAMLPath([.key("timeline"), .key("productive_days_per_fte_month")]), "'productive_days_per_fte_month' must be above 0")
    }

    /// Rows with increasing `up_to` (only the last may leave it open) and values that are not negative.
    private mutating func checkBands(_ bands: [(upTo: Int?, value: Double)], at path: YAMLPath) {
        for (index, band) in bands.enumerated() {
            check(band.value >= 0, path.appending(index), "a band's value must not be negative")
            guard index > 0 else { continue }
            let previous = bands[index - 1].upTo
            check(previous != nil, path.appending(index - 1), "only the last band may leave 'up_to' open")
            if let previous, let upTo = band.upTo {
                check(upTo > previous, path.appending(index).appending("up_to"),
                      "'up_to' must grow from band to band (\(upTo) follows \(previous))")
            }
        }
    }
}
