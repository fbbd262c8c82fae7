import AssessorCore
import AssessorEstimate
import AssessorStore
import Foundation

/// Opens assessment files for the commands, against the questionnaire modules loaded.
enum AssessmentFile {
    /// Opens `path`. A writer (`exclusive`) holds the file's lock until the assessment is released;
    /// a reader opens the file read-only, takes no lock and changes nothing. A change of module
    /// version since the assessment began is a warning.
    static func open(_ path: String, modules: ModuleOptions, exclusive: Bool) throws -> Assessment {
        let assessment = try Assessment.open(at: URL(fileURLWithPath: path), catalog: try modules.load().catalog,
                                             exclusive: exclusive)
        for change in assessment.versionChanges { Terminal.warning(change) }
        return assessment
    }

    /// Everything in the file at `path`, read once, for a command that only reads.
    static func read(_ path: String, modules: ModuleOptions) throws -> AssessmentSnapshot {
        try open(path, modules: modules, exclusive: false).snapshot()
    }

    /// Which assessment a JSON document is about.
    static func summary(_ path: String, _ snapshot: AssessmentSnapshot) -> AssessmentSummary {
        AssessmentSummary(file: path, organisation: snapshot.profile.organisation, standards: snapshot.profile.standards)
    }
}
