import AssessorScoringContract

/// The consultant's view: a requirement scores the mean of its answers (conformity and maturity
/// as fractions; "don't know", unanswered and unjustified "not applicable" as 0), which gives
/// partial credit for work in progress; the host weights requirements when it rolls them up. The
/// size of the gap sets the likely finding, and missing mandatory documented information is a
/// Stage 1 blocker.
public struct BuiltInScorer: Scorer {
    public init() {}

    public var description: ScorerDescription {
        ScorerDescription(
            id: "builtin", name: "Consultant's view", version: "1.1.0",
            summary: "Weighted conformity and maturity; partial credit for work in progress.")
    }

    public func score(_ request: ScoringRequest) async throws(ScoringError) -> ScoringResponse {
        guard request.schemaVersion == ScoringContract.schemaVersion else {
            throw ScoringError("scoring request schema \(request.schemaVersion) is not \(ScoringContract.schemaVersion)")
        }
        let scores = request.standards.flatMap { standard in
            standard.requirements.map { requirement in
                let score = requirement.answeredLevel
                return ScoringResponse.RequirementScore(
                    standard: standard.id, id: requirement.id, score: score,
                    finding: score.flatMap { Self.finding(for: requirement, score: $0) })
            }
        }
        return ScoringResponse(requirements: scores)
    }

    private static func finding(
        for requirement: ScoringRequest.RequirementInput, score: Double
    ) -> ScoringResponse.Finding? {
        let note = requirement.hasUnjustifiedNotApplicable ? "; an answer says not applicable without a justification" : ""
        if requirement.documentedInformation, score < 0.5 {
            return .init(severity: .blocker, summary: "mandatory documented information is missing or incomplete" + note)
        }
        if score < 1.0 / 3 - 1e-9 { return .init(severity: .major, summary: "not in place" + note) }
        if score < 2.0 / 3 - 1e-9 { return .init(severity: .minor, summary: "partially in place" + note) }
        if score < 1 - 1e-9 { return .init(severity: .observation, summary: "largely in place; finish and evidence it" + note) }
        return nil
    }
}
