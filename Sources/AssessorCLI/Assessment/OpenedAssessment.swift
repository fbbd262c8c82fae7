import AssessorCore
import AssessorEstimate
import AssessorScoring
import AssessorScoringContract
import AssessorStore
import Foundation

/// An assessment file read for scoring and estimating: its profile and answers, the modules it
/// needs, the interview plan and the scoring request. Opened read-only: nothing is written.
struct OpenedAssessment {
    let path: String
    let profile: AssessmentProfile
    let answers: [String: Answer]
    let catalog: Catalog
    let plan: InterviewPlan
    let request: ScoringRequest

    init(path: String, modules: ModuleOptions) throws {
        let store = try AssessmentStore.open(at: URL(fileURLWithPath: path), readOnly: true)
        let profile = try store.profile()
        let catalog = try modules.load().catalog
        let missing = profile.standards.filter { catalog.module($0) == nil }
        guard missing.isEmpty else {
            throw CommandFailure("\(path) covers \(missing.joined(separator: ", ")), which no loaded questionnaire module "
                                 + "defines; load it with --modules DIR")
        }
        self.path = path
        self.profile = profile
        self.catalog = catalog
        answers = try store.answers()
        plan = InterviewPlan(catalog: catalog, standards: profile.standards)
        request = ScoringRequest(plan: plan, catalog: catalog, answers: answers, acceptedEvidence: try store.acceptedEvidence())
    }

    var summary: AssessmentSummary {
        AssessmentSummary(file: path, organisation: profile.organisation, standards: profile.standards)
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
        return Readiness(request: request, response: response, scorer: scorer.description, catalog: catalog,
                         coverage: Coverage(plan: plan, answers: answers))
    }
}

/// A command that failed for a reason the user can act on; printed as one line, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
