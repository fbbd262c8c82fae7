import AssessorCore
import AssessorScoring
import Foundation

/// The rows `assessor modules` prints: questionnaire modules, then scorers.
struct ModuleListing: Encodable {
    struct Entry: Encodable {
        var id: String
        var kind: String
        var version: String
        var requirements: Int?
        var questions: Int?
        var source: String
        var origin: String
    }

    var schemaVersion = 1
    var questionnaires: [Entry]
    var scorers: [Entry]

    init(result: ModuleLoadResult, registry: ScorerRegistry) {
        questionnaires = result.catalog.modules.map { module in
            let asked = module.identity.kind == .standard
                ? Set(module.requirements.flatMap(\.questionIDs)).count : module.questions.count
            return Entry(
                id: module.identity.id, kind: module.identity.kind.rawValue, version: module.identity.version,
                requirements: module.identity.kind == .standard ? module.requirements.count : nil,
                questions: asked, source: module.file,
                origin: result.origins[module.identity.id].map(Self.label) ?? "")
        }
        let builtIn = registry.builtIn.description
        scorers = [Entry(id: builtIn.id, kind: "built-in", version: builtIn.version, source: "built into assessor",
                         origin: "built-in")]
            + registry.plugins.compactMap { entry in
                guard case .success(let plugin) = entry.result else { return nil }
                return Entry(id: plugin.description.id, kind: "plugin", version: plugin.description.version,
                             source: entry.path, origin: entry.origin == .option ? "--plugins" : entry.origin.rawValue)
            }
    }

    /// Where a module came from, in the command line's words.
    private static func label(_ origin: ModuleSource.Origin) -> String {
        origin == .option ? "--modules" : origin.rawValue
    }

    func text() -> String {
        let questionnaireRows = questionnaires.map {
            [$0.id, $0.kind, $0.version, $0.requirements.map(String.init) ?? "-", $0.questions.map(String.init) ?? "-",
             "\($0.origin): \($0.source)"]
        }
        let scorerRows = scorers.map { [$0.id, $0.kind, $0.version, "\($0.origin): \($0.source)"] }
        return "Questionnaire modules\n"
            + Table(headers: ["ID", "KIND", "VERSION", "REQUIREMENTS", "QUESTIONS", "LOADED FROM"], rows: questionnaireRows).render()
            + "\n\nScoring modules\n"
            + Table(headers: ["ID", "KIND", "VERSION", "LOADED FROM"], rows: scorerRows).render()
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
