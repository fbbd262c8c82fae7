/// Which share of each cost up to the certificate falls in the first 12 months, from the timeline
/// (likely months): remediation evenly over the months of closing the gaps, audit costs once their visit
/// is within the year, fees with the certificate, training at the start, tooling for one year.
struct FirstYear {
    static let months = 12.0

    let remediation: Double
    let audits: Double
    let fees: Double
    let tooling: Double

    init(timeline: Timeline, stage1: Double, initial: Double, toolingYears: Double) {
        var elapsed = 0.0
        var ends: [String: Double] = [:]
        for phase in timeline.phases {
            if phase.id == "stage1-to-stage2" { ends["stage1"] = elapsed }
            elapsed += phase.months
            ends[phase.id] = elapsed
        }
        let implementation = timeline.phases.first { $0.id == "implementation" }?.months ?? 0
        remediation = implementation <= 0 ? 1 : min(1, Self.months / implementation)
        if (ends["stage1-to-stage2"] ?? 0) <= Self.months {
            audits = 1
        } else {
            audits = (ends["stage1"] ?? 0) <= Self.months && initial > 0 ? stage1 / initial : 0
        }
        fees = (ends["decision"] ?? 0) <= Self.months ? 1 : 0
        tooling = min(1, 1 / max(1, toolingYears))
    }
}
