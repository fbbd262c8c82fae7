import AssessorScoringContract

/// The auditor's view: a requirement is met only when it is in place (largely or fully) and
/// evidenced by accepted evidence. Missing mandatory documented information is a Stage 1 blocker;
/// a requirement partly in place is a likely minor nonconformity, one not in place a likely major.
enum AuditorView {
    static let description = ScorerDescription(
        id: "auditor", name: "Auditor's view", version: "1.0.0",
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
        let scored = requirement.questions.filter {
            !$0.notApplicable && ["conformity", "maturity", "yes_no"].contains($0.scale)
        }
        guard !scored.isEmpty else { return (nil, nil) }
        let level = scored.map { $0.fraction ?? 0 }.reduce(0, +) / Double(scored.count)
        let inPlace = level >= 2.0 / 3 - 1e-9
        let evidenced = requirement.acceptedEvidence > 0
        if inPlace && evidenced { return (1, nil) }
        if requirement.documentedInformation {
            let why = inPlace ? "no accepted evidence of the mandatory documented information"
                : "mandatory documented information is missing or incomplete"
            return (0, .init(severity: .blocker, summary: why))
        }
        if inPlace { return (0, .init(severity: .minor, summary: "in place but not evidenced")) }
        if level >= 1.0 / 3 - 1e-9 { return (0, .init(severity: .minor, summary: "partly in place")) }
        return (0, .init(severity: .major, summary: "not in place"))
    }
}
