import AssessorCore
import Foundation

/// The questionnaire modules that ship with assessor, bundled beside the executable.
public enum BuiltInQuestionnaires {
    /// The bundle SwiftPM builds for this target, named `<package>_<target>.resources`.
    static let bundleName = "assessor_AssessorQuestionnaires.resources"

    /// The folder holding the built-in module files, or nil when the bundle is not beside the
    /// executable (the host then runs on `--modules` and `ASSESSOR_MODULE_PATH` alone).
    public static var directory: URL? { ResourceBundle.directory(named: bundleName) }
}
