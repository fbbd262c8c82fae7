import Foundation

/// Finds a SwiftPM resource bundle (`<package>_<target>.resources`) beside the running executable,
/// without `Bundle.module`, which stops the program when the bundle is missing.
public enum ResourceBundle {
    /// The bundle's folder, or nil when it is not beside the executable or the test bundle.
    public static func directory(named name: String) -> URL? {
        let fileManager = FileManager.default
        return searchFolders.map { $0.appendingPathComponent(name) }.first { fileManager.fileExists(atPath: $0.path) }
    }

    /// Beside the executable (symlinks resolved), then beside the test bundle when tests run.
    private static var searchFolders: [URL] {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let real = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return [real.deletingLastPathComponent(), executable.deletingLastPathComponent(),
                Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    }
}
