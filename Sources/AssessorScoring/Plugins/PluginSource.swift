import Foundation

/// A folder that may hold scoring plugins, and how the host was told about it.
public struct PluginSource: Sendable, Hashable {
    public enum Origin: String, Sendable, Hashable {
        /// Beside the executable: its `plugins/` folder, and `libAssessorPlugin*` libraries SwiftPM builds there.
        case besideExecutable = "beside the executable"
        case environment = "ASSESSOR_PLUGIN_PATH"
        case option = "given folder"
    }

    public var url: URL
    public var origin: Origin

    public init(url: URL, origin: Origin) {
        self.url = url
        self.origin = origin
    }

    /// The file name prefix of plugins that SwiftPM builds beside the executable.
    public static let builtPrefix = "libAssessorPlugin"

    /// The search path: beside the executable, then `ASSESSOR_PLUGIN_PATH` (colon-separated), then `--plugins`.
    public static func searchPath(executableFolder: URL?, environment: [String: String], options: [String]) -> [PluginSource] {
        let beside = executableFolder.map { [PluginSource(url: $0, origin: .besideExecutable)] } ?? []
        let fromEnvironment = (environment["ASSESSOR_PLUGIN_PATH"] ?? "").split(separator: ":")
            .map { PluginSource(url: URL(fileURLWithPath: String($0)), origin: .environment) }
        return beside + fromEnvironment + options.map { PluginSource(url: URL(fileURLWithPath: $0), origin: .option) }
    }

    /// The plugin libraries here (absolute paths): every shared library in a plugin folder; beside
    /// the executable, those named `libAssessorPlugin*` and everything in its `plugins/` folder.
    func libraries() -> [String] {
        let fileManager = FileManager.default
        func sharedLibraries(in folder: URL) -> [String] {
            ((try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".so") || $0.hasSuffix(".dylib") }.sorted()
                .map { folder.appendingPathComponent($0).standardizedFileURL.path }
        }
        guard origin == .besideExecutable else {
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return [url.standardizedFileURL.path]
            }
            return sharedLibraries(in: url)
        }
        let built = sharedLibraries(in: url).filter {
            URL(fileURLWithPath: $0).lastPathComponent.hasPrefix(Self.builtPrefix)
        }
        return built + sharedLibraries(in: url.appendingPathComponent("plugins"))
    }
}
