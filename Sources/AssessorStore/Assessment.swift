import AssessorCore
import Foundation

/// An assessment file opened against the questionnaire modules loaded: the store, the catalog, the
/// profile and the interview plan of its standards. Reading commands take a ``snapshot()`` of it;
/// writing ones record through its ``store``.
public struct Assessment: Sendable {
    public let store: AssessmentStore
    public let catalog: Catalog
    public let profile: AssessmentProfile
    public let plan: InterviewPlan

    /// Pairs an open file with the loaded modules. Throws when a standard of the assessment is
    /// not among them.
    public init(store: AssessmentStore, catalog: Catalog) throws(StoreError) {
        let profile = try store.profile()
        if let missing = profile.standards.first(where: { catalog.module($0)?.identity.kind != .standard }) {
            throw StoreError(path: store.url.relativePath, reason: .standardNotLoaded(missing))
        }
        self.store = store
        self.catalog = catalog
        self.profile = profile
        plan = InterviewPlan(catalog: catalog, standards: profile.standards)
    }

    /// Opens the file at `url`: a writer (`exclusive`) holds its lock as long as the assessment
    /// lives; a reader opens it read-only, takes no lock and changes nothing.
    public static func open(at url: URL, catalog: Catalog, exclusive: Bool) throws(StoreError) -> Assessment {
        try Assessment(store: try AssessmentStore.open(at: url, readOnly: !exclusive, exclusive: exclusive), catalog: catalog)
    }

    /// Creates an assessment file of `profile.standards`, recording the version of every module its
    /// interview uses. With `exclusive`, the store holds the file's lock.
    public static func create(
        at url: URL, organisation: String, standards: [String], catalog: Catalog, person: String,
        exclusive: Bool = false
    ) throws(StoreError) -> Assessment {
        let plan = InterviewPlan(catalog: catalog, standards: standards)
        let modules = Set(standards + plan.items.map(\.question.module))
        let versions = Dictionary(uniqueKeysWithValues: modules.compactMap { id in
            catalog.module(id).map { (id, $0.identity.version) }
        })
        let profile = AssessmentProfile(organisation: organisation, standards: standards, moduleVersions: versions,
                                        createdBy: person)
        let store = try AssessmentStore.create(at: url, profile: profile, exclusive: exclusive)
        return try Assessment(store: store, catalog: catalog)
    }

    /// Everything in the file now, read in one transaction.
    public func snapshot() throws(StoreError) -> AssessmentSnapshot {
        try store.snapshot(catalog: catalog)
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
    public func unknownQuestion(_ id: String) -> AnswerError {
        if catalog.questions[id] != nil {
            return AnswerError("\(id) is not asked in this assessment (its standards: \(profile.standards.joined(separator: ", ")))")
        }
        let closest = KeySuggestion.closest(to: id, in: Set(plan.items.map(\.question.id)))
        return AnswerError("no question '\(id)' in this assessment",
                           remedy: closest.map { .advice("did you mean \($0)?") } ?? .listQuestions(file: store.url.relativePath))
    }
}
