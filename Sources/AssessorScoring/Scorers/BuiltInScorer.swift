import AssessorScoringContract

/// The consultant's view: a requirement scores the mean of its answers (conformity and maturity
/// as fractions, "don't know" and unanswered as 0), and the size of the gap sets the likely
/// finding. Missing mandatory documented information is a Stage 1 blocker.
public struct BuiltInScorer: Scorer {
    public init() {}

    public var description: ScorerDescription {
        ScorerDescription(
            id: "builtin", name: "Consultant's view", version: "1.0.0",
            summary: "Weighted conformity and maturity; partial credit for work in progress.")
    }

    public func score(_ request: ScoringRequest) async throws(ScoringError) -> ScoringResponse {
        guard request.schemaVersion == ScoringContract.schemaVersion else {
            throw ScoringError("scoring request schema \(request.schemaVersion) is not \(ScoringContract.schemaVersion)")
        }
        let scores = request.standards.flatMap { standard in
            standard.requirements.map { requirement in
                let score = Self.score(requirement)
                return ScoringResponse.RequirementScore(
                    standard: standard.id, id: requirement.id, score: score,
                    finding: score.flatMap { Self.finding(for: requirement, score: $0) })
            }
        }
        return ScoringResponse(requirements: scores)
    }

    /// The mean of the scored answers; nil when nothing scored was asked or all is not applicable.
    static func score(_ requirement: ScoringRequest.RequirementInput) -> Double? {
        let scored = requirement.questions.filter { !$0.notApplicable && Self.isScored($0.scale) }
        guard !scored.isEmpty else { return nil }
        return scored.map { $0.fraction ?? 0 }.reduce(0, +) / Double(scored.count)
    }

    static func isScored(_ scale: String) -> Bool { ["conformity", "maturity", "yes_no"].contains(scale) }

    private static func finding(
        for requirement: ScoringRequest.RequirementInput, score: Double
    ) -> ScoringResponse.Finding? {
        if requirement.documentedInformation, score < 0.5 {
            return .init(severity: .blocker, summary: "mandatory documented information is missing or incomplete")
        }
        if score < 1.0 / 3 - 1e-9 { return .init(severity: .major, summary: "not in place") }
        if score < 2.0 / 3 - 1e-9 { return .init(severity: .minor, summary: "partially in place") }
        if score < 1 - 1e-9 { return .init(severity: .observation, summary: "largely in place; finish and evidence it") }
        return nil
    }
}
