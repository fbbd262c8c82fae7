import Foundation

/// A file or folder of questionnaire modules, and where the host was told about it.
public struct ModuleSource: Sendable, Hashable {
    /// Later origins win when two modules share an id.
    public enum Origin: String, Sendable, Hashable, Comparable {
        case builtIn = "built-in"
        case environment = "ASSESSOR_MODULE_PATH"
        case option = "given folder"

        private var rank: Int {
            switch self {
            case .builtIn: return 0
            case .environment: return 1
            case .option: return 2
            }
        }

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    public var url: URL
    public var origin: Origin

    public init(url: URL, origin: Origin) {
        self.url = url
        self.origin = origin
    }

    /// The search path in priority order: built-in modules, then `ASSESSOR_MODULE_PATH`
    /// (colon-separated), then each `--modules` path.
    public static func searchPath(builtIn: URL?, environment: [String: String], options: [String]) -> [ModuleSource] {
        let fromEnvironment = (environment["ASSESSOR_MODULE_PATH"] ?? "")
            .split(separator: ":").map { ModuleSource(url: URL(fileURLWithPath: String($0)), origin: .environment) }
        let fromOptions = options.map { ModuleSource(url: URL(fileURLWithPath: $0), origin: .option) }
        return (builtIn.map { [ModuleSource(url: $0, origin: .builtIn)] } ?? []) + fromEnvironment + fromOptions
    }

    /// The module files this source names: the file itself, or the `.yaml`/`.yml` files of the folder.
    public func files() throws(ModuleSourceError) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ModuleSourceError(source: self, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [url] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            throw ModuleSourceError(source: self, reason: "the folder cannot be read")
        }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { url.appendingPathComponent($0) }
    }
}

/// A module source that could not be read.
public struct ModuleSourceError: Error, Sendable, CustomStringConvertible {
    public var source: ModuleSource
    public var reason: String
    public var description: String { "\(source.origin.rawValue) \(source.url.path): \(reason)" }
}
