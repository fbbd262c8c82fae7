import Foundation

/// The folder SwiftPM builds into (`.build/<triple>/debug`), where the test runner, the
/// `assessor` executable and the plugin libraries live side by side.
public enum BuiltProducts {
    public static var folder: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    }

    public static var assessor: URL { folder.appendingPathComponent("assessor") }

    /// The scoring plugin the package builds from `Plugins/AuditorScorer`.
    public static var auditorPlugin: URL { folder.appendingPathComponent("libAssessorPluginAuditor.so") }

    /// The repository's root, found from this source file.
    public static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The shared reference data and corpus beside the repository, when present.
    public static var shared: URL { repository.deletingLastPathComponent().appendingPathComponent("shared") }
}
