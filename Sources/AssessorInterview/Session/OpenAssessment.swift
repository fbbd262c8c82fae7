import AssessorCore
import AssessorStore
import Foundation

/// An assessment file opened together with the questionnaire modules it is answered against:
/// its profile, and the interview plan of its standards.
public struct OpenAssessment: Sendable {
    public let store: AssessmentStore
    public let catalog: Catalog
    public let profile: AssessmentProfile
    public let plan: InterviewPlan

    /// Pairs an open file with the loaded modules. Throws when a standard of the assessment is
    /// not among them.
    public init(store: AssessmentStore, catalog: Catalog) throws(StoreError) {
        let profile = try store.profile()
        if let missing = profile.standards.first(where: { catalog.module($0)?.identity.kind != .standard }) {
            throw StoreError(path: store.url.path, reason: .database(
                "its standard '\(missing)' is not among the loaded modules; load its module with --modules DIR"))
        }
        self.store = store
        self.catalog = catalog
        self.profile = profile
        plan = InterviewPlan(catalog: catalog, standards: profile.standards)
    }

    /// Creates an assessment file of `standards`, recording the version of every module its
    /// interview uses. With `exclusive`, the store holds the file's lock.
    public static func create(
        at url: URL, organisation: String, standards: [String], catalog: Catalog, person: String,
        exclusive: Bool = false
    ) throws(StoreError) -> OpenAssessment {
        let plan = InterviewPlan(catalog: catalog, standards: standards)
        let modules = Set(standards + plan.items.map(\.question.module))
        let versions = Dictionary(uniqueKeysWithValues: modules.compactMap { id in
            catalog.module(id).map { (id, $0.identity.version) }
        })
        let profile = AssessmentProfile(organisation: organisation, standards: standards, moduleVersions: versions,
                                        createdBy: person)
        let store = try AssessmentStore.create(at: url, profile: profile, exclusive: exclusive)
        return try OpenAssessment(store: store, catalog: catalog)
    }

    /// One line per module whose loaded version differs from the one the assessment was created with.
    public var versionChanges: [String] {
        profile.moduleVersions.sorted { $0.key < $1.key }.compactMap { id, recorded in
            guard let loaded = catalog.module(id)?.identity.version, loaded != recorded else { return nil }
            return "module '\(id)' is version \(loaded) here; this assessment was started with \(recorded) "
                + "(answers are kept; new questions show as unanswered)"
        }
    }

    /// Why a question id cannot be answered in this assessment, with the closest id when there is one.
    public func unknownQuestionMessage(_ id: String) -> String {
        if catalog.questions[id] != nil {
            return "\(id) is not asked in this assessment (its standards: \(profile.standards.joined(separator: ", ")))"
        }
        let hint = KeySuggestion.closest(to: id, in: Set(plan.items.map(\.question.id)))
            .map { "did you mean \($0)?" } ?? "'assessor status \(store.url.lastPathComponent) --json' lists the ids"
        return "no question '\(id)' in this assessment; \(hint)"
    }
}
