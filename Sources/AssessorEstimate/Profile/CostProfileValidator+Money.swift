extension CostProfileValidator {
    mutating func checkCurrencies(_ currencies: [String: CurrencyRates]) {
        check(!currencies.isEmpty, YAMLPath([.key("currencies")]), "'currencies' must define at least one currency")
        for (code, rates) in currencies.sorted(by: { $0.key < $1.key }) {
            let path = YAMLPath([.key("currencies"), .key(code)])
            for (key, range) in [("auditor_day_rate", rates.auditorDayRate), ("internal_day_rate", rates.internalDayRate),
                                 ("consultant_day_rate", rates.consultantDayRate), ("course_price", rates.coursePrice),
                                 ("tooling_per_year", rates.toolingPerYear)] {
                bound(range, ProfileLimits.money, path.appending(key))
            }
            for (key, fees) in [("certificate_fee", rates.certificateFee), ("administration_fee_per_year", rates.administrationFeePerYear)] {
                checkBands(fees.bands.map { ($0.upTo, [("amount", $0.amount)]) }, ProfileLimits.money, at: path.appending(key).appending("bands"))
            }
        }
    }

    mutating func checkCosts(_ costs: CostProfile.Costs) {
        let path = YAMLPath([.key("costs")])
        bound(costs.travelShare, ProfileLimits.share, path.appending("travel_share"))
        bound(costs.consultancyShare, ProfileLimits.share, path.appending("consultancy_share"))
        bound(costs.coursesPerStandard, ProfileLimits.courses, path.appending("courses_per_standard"))
    }

    mutating func checkClaims(_ claims: CostProfile.Claims) {
        let path = YAMLPath([.key("claims")])
        for (key, claim) in [("aims_first_year_usd", claims.aimsFirstYearUSD), ("certified_saving", claims.certifiedSaving),
                             ("duration_months", claims.durationMonths)] {
            let low = bound(claim.low, ProfileLimits.claim, path.appending(key).appending("low"))
            let high = bound(claim.high, ProfileLimits.claim, path.appending(key).appending("high"))
            if low && high { check(claim.low <= claim.high, path.appending(key), "\(Self.name(path.appending(key))) must have low <= high") }
        }
    }
}
