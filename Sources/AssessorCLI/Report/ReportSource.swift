import AssessorCore
import AssessorReports
import AssessorScoring
import AssessorScoringContract
import AssessorStore
import Foundation

/// What `assessor report` reads: the assessment file (opened read-only), the questionnaire modules
/// it was answered with, and the scorer's verdict on its answers.
struct ReportSource {
    let store: AssessmentStore
    let catalog: Catalog
    let scorer: any Scorer

    init(file: String, modules: ModuleOptions, plugins: PluginOptions, scorer id: String) async throws(ReportFailure) {
        do {
            store = try AssessmentStore.open(at: URL(fileURLWithPath: file), readOnly: true)
        } catch {
            throw ReportFailure(error.description)
        }
        do {
            catalog = try modules.load().catalog
        } catch {
            throw ReportFailure("cannot load the questionnaire modules: \(error)")
        }
        if id == "builtin" {
            scorer = BuiltInScorer()
        } else {
            guard let found = await plugins.load().scorer(id: id) else {
                throw ReportFailure("no scorer '\(id)' is loaded; 'assessor plugins' lists the available ones")
            }
            scorer = found
        }
    }

    /// Everything the report assembler needs, scored now.
    func inputs() async throws(ReportFailure) -> ReportInputs {
        do {
            let profile = try store.profile()
            let missing = profile.standards.filter { catalog.module($0) == nil }
            guard missing.isEmpty else {
                throw ReportFailure("\(store.url.path) assesses \(missing.joined(separator: ", ")), but no loaded module "
                                    + "defines it; add the module with --modules DIR")
            }
            let answers = try store.answers()
            let plan = InterviewPlan(catalog: catalog, standards: profile.standards)
            let request = ScoringRequest(plan: plan, catalog: catalog, answers: answers,
                                         acceptedEvidence: try store.acceptedEvidence())
            let scores = try await scorer.score(request)
            return ReportInputs(
                organisation: profile.organisation, standards: profile.standards, catalog: catalog, answers: answers,
                evidence: try store.evidence(), matches: try store.evidenceMatches(), scores: scores, reportDate: Date(),
                generatedBy: "assessor \(AssessorCLI.version), scorer \(scorer.description.id)")
        } catch let error as ReportFailure {
            throw error
        } catch let error as StoreError {
            throw ReportFailure(error.description)
        } catch {
            throw ReportFailure("the scorer '\(scorer.description.id)' failed: \(error)")
        }
    }
}

/// Why `assessor report` stopped: one line for the user.
struct ReportFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
