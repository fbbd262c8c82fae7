/// Checks the values of a decoded profile: every number finite and within its range (``ProfileLimits``),
/// tables in order, ranges from low to high, IAF MD 5's 30 % cap on reductions and IAF MD 11's 20 %.
struct CostProfileValidator {
    /// IAF MD 11 never allows an integrated audit more than 20 % shorter.
    static let integrationCeiling = 0.2
    /// IAF MD 5 never allows audit time more than 30 % below the table.
    static let reductionCeiling = 0.3

    private(set) var problems: [ProfileProblem] = []

    static func problems(in profile: CostProfile) -> [ProfileProblem] {
        var validator = CostProfileValidator()
        validator.checkAuditTime(profile.auditTime)
        validator.checkCurrencies(profile.currencies)
        validator.checkCosts(profile.costs)
        validator.checkEffort(profile.effort)
        validator.checkTimeline(profile.timeline)
        validator.checkClaims(profile.claims)
        return validator.problems
    }

    mutating func check(_ condition: Bool, _ path: YAMLPath, _ message: String) {
        if !condition { problems.append(ProfileProblem(path: path, message: message)) }
    }

    /// A number within `range` (NaN and infinities never are), located at `path`; the message names
    /// the key (`named`, else the path's), the range and the value.
    @discardableResult
    mutating func bound(
        _ value: Double, _ range: ClosedRange<Double>, _ path: YAMLPath, named: YAMLPath? = nil, why: String = ""
    ) -> Bool {
        let ok = range.contains(value)
        check(ok, path, "\(Self.name(named ?? path)) must be a number from \(ProfileLimits.describe(range))"
              + (why.isEmpty ? "" : " (\(why))") + "; it is \(NumberText.short(value))")
        return ok
    }

    mutating func bound(_ value: SourcedValue, _ range: ClosedRange<Double>, _ path: YAMLPath, why: String = "") {
        bound(value.value, range, path.appending("value"), named: path, why: why)
    }

    /// `'rounding' in audit_time.rules`.
    static func name(_ path: YAMLPath) -> String {
        var parent = path
        if case .key? = parent.components.last { parent.components.removeLast() }
        return "'\(path.lastKey ?? "value")'" + (parent.components.isEmpty ? "" : " in \(parent)")
    }

    /// Low, likely and high each within `range`, and in that order.
    mutating func bound(_ value: SourcedRange, _ range: ClosedRange<Double>, _ path: YAMLPath) {
        let inRange = [("low", value.low), ("likely", value.likely), ("high", value.high)].map { bound($1, range, path.appending($0)) }
        if !inRange.contains(false) {
            check(value.low <= value.likely && value.likely <= value.high, path, "\(Self.name(path)) must have low <= likely <= high")
        }
    }

    /// Rows with increasing `up_to` within the head-count range (only the last may leave it open), and
    /// each row's values within `range`.
    mutating func checkBands(_ bands: [(upTo: Int?, values: [(key: String, value: Double)])], _ range: ClosedRange<Double>, at path: YAMLPath) {
        check(!bands.isEmpty, path, "'\(path.lastKey ?? "bands")' must have at least one row")
        for (index, band) in bands.enumerated() {
            for (key, value) in band.values { bound(value, range, path.appending(index).appending(key)) }
            if let upTo = band.upTo { bound(Double(upTo), ProfileLimits.headCount, path.appending(index).appending("up_to")) }
            guard index > 0 else { continue }
            let previous = bands[index - 1].upTo
            check(previous != nil, path.appending(index - 1), "only the last row may leave 'up_to' open")
            if let previous, let upTo = band.upTo {
                check(upTo > previous, path.appending(index).appending("up_to"),
                      "'up_to' must grow from band to band (\(upTo) follows \(previous))")
            }
        }
    }
}
