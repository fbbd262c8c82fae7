import AssessorCore
import AssessorEstimate
import AssessorInterview
import AssessorScoring
import AssessorScoringContract
import AssessorStore
import Foundation

/// An assessment file opened read-only for the commands that read it (`score`, `estimate`,
/// `report`): the file with its modules (profile, catalog, interview plan), its answers, and the
/// scoring request made from them. Nothing is written.
struct OpenedAssessment {
    let path: String
    let file: OpenAssessment
    let answers: [String: Answer]
    let request: ScoringRequest

    init(path: String, modules: ModuleOptions) throws {
        self.path = path
        file = try AssessmentFile.open(path, modules: modules, exclusive: false)
        answers = try file.store.answers()
        request = ScoringRequest(plan: file.plan, catalog: file.catalog, answers: answers,
                                 acceptedEvidence: try file.store.acceptedEvidence())
    }

    var summary: AssessmentSummary {
        AssessmentSummary(file: path, organisation: file.profile.organisation, standards: file.profile.standards)
    }

    /// Scores the answers and rolls the scores up into readiness.
    func readiness(using scorer: any Scorer) async throws -> Readiness {
        let response: ScoringResponse
        do {
            response = try await scorer.score(request)
        } catch {
            throw CommandFailure("the scorer '\(scorer.description.id)' failed: \(error)")
        }
        if let error = response.error {
            throw CommandFailure("the scorer '\(scorer.description.id)' could not score \(path): \(error)")
        }
        return Readiness(request: request, response: response, scorer: scorer.description, catalog: file.catalog,
                         coverage: Coverage(plan: file.plan, answers: answers))
    }
}
