import AssessorInterview
import AssessorStore
import Foundation

/// Opens assessment files for the commands, against the questionnaire modules loaded.
enum AssessmentFile {
    /// Opens `path`. A writer (`exclusive`) holds the file's lock until the assessment is released;
    /// a reader opens the file read-only, takes no lock and changes nothing. A change of module
    /// version since the assessment began is a warning.
    static func open(_ path: String, modules: ModuleOptions, exclusive: Bool) throws -> OpenAssessment {
        let url = URL(fileURLWithPath: path)
        let store = try AssessmentStore.open(at: url, readOnly: !exclusive, exclusive: exclusive)
        let assessment = try OpenAssessment(store: store, catalog: try modules.load().catalog)
        for change in assessment.versionChanges { Terminal.warning(change) }
        return assessment
    }
}
