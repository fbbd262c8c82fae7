import AssessorCore
import Foundation
import Yams

/// Reads a cost profile and checks it, reporting every problem with its line and column: syntax,
/// the schema version, missing keys and wrong types, unknown keys, and values out of range.
public enum CostProfileLoader {
    /// The bundle SwiftPM builds for this target, holding `default-cost-profile.yaml`.
    static let bundleName = "assessor_AssessorEstimate.resources"

    /// The bundled default profile, or nil when the bundle is not beside the executable.
    public static var defaultProfileURL: URL? {
        ResourceBundle.directory(named: bundleName)?.appendingPathComponent("default-cost-profile.yaml")
    }

    /// The bundled default profile.
    public static func loadDefault() throws(CostProfileError) -> CostProfile {
        guard let url = defaultProfileURL else {
            throw CostProfileError(file: bundleName, "the default cost profile was not found beside the executable; "
                                   + "reinstall assessor or give a cost profile of your own")
        }
        return try load(contentsOf: url)
    }

    public static func load(contentsOf url: URL) throws(CostProfileError) -> CostProfile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CostProfileError(file: url.path, "cannot read the cost profile; check the path")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CostProfileError(file: url.path, "the cost profile is not UTF-8 text")
        }
        return try parse(text, file: url.path)
    }

    /// Parses and checks profile text; `file` names it in messages.
    public static func parse(_ yaml: String, file: String) throws(CostProfileError) -> CostProfile {
        let root: Node
        do {
            // The basic resolver keeps scalars as text (no regular expression per node); the decoder types them.
            guard let node = try Yams.compose(yaml: yaml, .basic) else {
                throw CostProfileError(file: file, "the file is empty; a cost profile starts with 'schema_version: 1'")
            }
            root = node
        } catch let error as CostProfileError {
            throw error
        } catch {
            let (line, column, message) = YAMLErrorText.describe(error)
            throw CostProfileError(file: file, line: line, column: column, message)
        }
        let locate = { (path: YAMLPath, message: String) -> Diagnostic in
            let mark = path.node(in: root).mark
            return Diagnostic(.error, message, at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1))
        }
        try checkSchemaVersion(root, locate: locate)
        let profile: CostProfile
        do {
            profile = try YAMLDecoder().decode(CostProfile.self, from: root)
        } catch let error as DecodingError {
            throw CostProfileError([locate(DecodingProblem.path(of: error), DecodingProblem.message(for: error))])
        } catch {
            throw CostProfileError(file: file, "cannot read the cost profile: \(error)")
        }
        let problems = UnknownKeys.find(in: root, known: profile) + CostProfileValidator.problems(in: profile)
        guard problems.isEmpty else { throw CostProfileError(problems.map { locate($0.path, $0.message) }) }
        return profile
    }

    private static func checkSchemaVersion(
        _ root: Node, locate: (YAMLPath, String) -> Diagnostic
    ) throws(CostProfileError) {
        let path = YAMLPath([.key("schema_version")])
        guard let node = root.mapping?["schema_version"] else {
            throw CostProfileError([locate(YAMLPath(), "missing required key 'schema_version' "
                                           + "(this host reads \(CostProfile.currentSchemaVersion))")])
        }
        guard node.int == CostProfile.currentSchemaVersion else {
            throw CostProfileError([locate(path, "schema_version \(node.string ?? "?") is not one this host reads "
                                           + "(\(CostProfile.currentSchemaVersion)); update assessor or rewrite the profile")])
        }
    }
}

/// A problem found after decoding, and where.
struct ProfileProblem {
    var path: YAMLPath
    var message: String
}
