import AssessorScoringContract

/// The auditor's view: a requirement is met only when it is in place (largely or fully) and
/// evidenced by accepted evidence. Missing mandatory documented information is a Stage 1 blocker;
/// a requirement partly in place is a likely minor nonconformity, one not in place a likely major.
/// "Not applicable" counts only with a justification, as in a Statement of Applicability.
enum AuditorView {
    static let description = ScorerDescription(
        id: "auditor", name: "Auditor's view", version: "1.1.0",
        summary: "Met only when in place and evidenced; missing mandatory documents block Stage 1.")

    static func score(_ request: ScoringRequest) -> ScoringResponse {
        guard request.schemaVersion == ScoringContract.schemaVersion else {
            return ScoringResponse(error: "request schema \(request.schemaVersion) is not \(ScoringContract.schemaVersion)")
        }
        return ScoringResponse(requirements: request.standards.flatMap { standard in
            standard.requirements.map { requirement in
                let (score, finding) = judge(requirement)
                return .init(standard: standard.id, id: requirement.id, score: score, finding: finding)
            }
        })
    }

    private static func judge(_ requirement: ScoringRequest.RequirementInput) -> (Double?, ScoringResponse.Finding?) {
        guard let level = requirement.answeredLevel else { return (nil, nil) }
        let inPlace = level >= 2.0 / 3 - 1e-9
        let evidenced = requirement.acceptedEvidence > 0
        if inPlace && evidenced { return (1, nil) }
        let note = requirement.hasUnjustifiedNotApplicable ? "; not applicable without a justification" : ""
        if requirement.documentedInformation {
            let why = inPlace ? "no accepted evidence of the mandatory documented information"
                : "mandatory documented information is missing or incomplete"
            return (0, .init(severity: .blocker, summary: why + note))
        }
        if inPlace { return (0, .init(severity: .minor, summary: "in place but not evidenced" + note)) }
        if level >= 1.0 / 3 - 1e-9 { return (0, .init(severity: .minor, summary: "partly in place" + note)) }
        return (0, .init(severity: .major, summary: "not in place" + note))
    }
}
