import AssessorCore
import AssessorEstimate
import AssessorScoring
import AssessorScoringContract

/// Scores an assessment: the scoring request made from the snapshot, the scorer's response, and the
/// roll-up into readiness per requirement, clause, Annex A theme, standard and overall.
public struct ScoreAction: Sendable {
    public let scorer: any Scorer

    public init(scorer: any Scorer) { self.scorer = scorer }

    public func run(_ snapshot: AssessmentSnapshot) async throws(ActionFailure) -> Readiness {
        let request = ScoringRequest(snapshot: snapshot)
        let response: ScoringResponse
        do {
            response = try await scorer.score(request)
        } catch {
            throw ActionFailure("the scorer '\(scorer.description.id)' failed: \(error)")
        }
        if let error = response.error {
            throw ActionFailure("the scorer '\(scorer.description.id)' could not score this assessment: \(error)")
        }
        return Readiness(request: request, response: response, scorer: scorer.description, catalog: snapshot.catalog,
                         coverage: Coverage(snapshot: snapshot))
    }
}
