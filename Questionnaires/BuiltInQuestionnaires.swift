import Foundation

/// The questionnaire modules that ship with assessor, bundled beside the executable.
public enum BuiltInQuestionnaires {
    /// The bundle SwiftPM builds for this target, named `<package>_<target>.resources`.
    static let bundleName = "assessor_AssessorQuestionnaires.resources"

    /// The folder holding the built-in module files, or nil when the bundle is not beside the
    /// executable (the host then runs on `--modules` and `ASSESSOR_MODULE_PATH` alone).
    public static var directory: URL? {
        let fileManager = FileManager.default
        return searchFolders.map { $0.appendingPathComponent(bundleName) }
            .first { fileManager.fileExists(atPath: $0.path) }
    }

    /// Beside the executable (symlinks resolved), then beside the test bundle when tests run.
    private static var searchFolders: [URL] {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let real = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return [real.deletingLastPathComponent(), executable.deletingLastPathComponent(),
                Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    }
}
