/// Certificate and administration fees: a certificate fee once per cycle for each new certificate (a
/// held one pays it at its own recertification, once in the cycle), an administration fee every year
/// for each standard of the assessment.
struct Fees {
    let toCertificate: Double
    let cycle: Double
    let assumption: String

    init(auditTime: AuditTimeEstimate, rates: CurrencyRates, headCount: Int) {
        let inside = auditTime.standards.filter(\.inAssessment)
        let new = Double(inside.filter { !$0.certificate.isHeld }.count)
        let held = inside.filter(\.certificate.isHeld)
        let renewedFirst = Double(held.filter { $0.certificate == .recertification }.count)
        let certificate = rates.certificateFee.amount(headCount: headCount)
        let administration = rates.administrationFeePerYear.amount(headCount: headCount) * Double(inside.count)
        toCertificate = certificate * (new + renewedFirst) + administration
        cycle = certificate * (new + Double(held.count)) + 3 * administration
        var text = "\(NumberText.short(new)) new certificate\(new == 1 ? "" : "s")"
        if !held.isEmpty { text += ", \(held.count) held (renewed once in the cycle, at its recertification)" }
        assumption = text + ": \(NumberText.grouped(certificate)) each, \(NumberText.grouped(administration)) a year"
    }
}
