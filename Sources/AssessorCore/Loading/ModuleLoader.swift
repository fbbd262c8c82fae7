import Foundation
import Logging

/// What module loading did, for `ASSESSOR_LOG_LEVEL=debug`.
private let log = Logger(label: "assessor.modules")

/// The outcome of loading the module search path: the catalog of modules in use, every problem
/// found, and where each module came from.
public struct ModuleLoadResult: Sendable {
    public var catalog: Catalog
    /// Problems in the module files: syntax, schema, broken references, in file order.
    public var diagnostics: [Diagnostic]
    /// What the loader decided: a module that overrides another, a module left out for its errors.
    public var notices: [Diagnostic]
    /// Sources that could not be read at all.
    public var sourceErrors: [ModuleSourceError]
    /// The origin of each module in use, by module id.
    public var origins: [String: ModuleSource.Origin]

    /// Where each file read came from, by path.
    public var fileOrigins: [String: ModuleSource.Origin] = [:]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// Whether a source of `origin` could not be read or one of its files has errors: a module
    /// the user named (`--modules`) that did not load is a failure, not a warning.
    public func hasErrors(from origin: ModuleSource.Origin) -> Bool {
        sourceErrors.contains { $0.source.origin == origin } || errors.contains { fileOrigins[$0.location.file] == origin }
    }
}

/// Loads questionnaire modules from a search path into a ``Catalog``.
public enum ModuleLoader {
    /// Loads every module on the path. A file with errors is reported and left out; when two
    /// modules share an id, the later source wins and a warning says so.
    public static func load(_ sources: [ModuleSource]) -> ModuleLoadResult {
        let started = ContinuousClock.now
        var sourceErrors: [ModuleSourceError] = []
        var files: [(URL, ModuleSource.Origin)] = []
        for source in sources {
            do { files += try source.files().map { ($0, source.origin) } } catch { sourceErrors.append(error) }
        }
        let parsed = files.map(\.0).concurrentMap { ModuleParser.parse(contentsOf: $0) }
        var diagnostics: [Diagnostic] = []
        var notices: [Diagnostic] = []
        var chosen: [String: (module: QuestionnaireModule, origin: ModuleSource.Origin, valid: Bool)] = [:]
        var order: [String] = []
        for ((_, origin), result) in zip(files, parsed) {
            diagnostics += result.diagnostics
            guard let module = result.module else { continue }
            let id = module.identity.id
            if let previous = chosen[id] {
                notices.append(Diagnostic(
                    .warning, "module '\(id)' overrides the one in \(previous.module.file) (\(previous.origin.rawValue)); this one is used",
                    at: module.location))
            } else {
                order.append(id)
            }
            chosen[id] = (module, origin, !result.diagnostics.contains { $0.severity == .error })
        }
        // References are checked across every module that could be read, so that one run reports
        // everything; a module with errors is then left out of the catalog in use.
        let candidates = order.compactMap { chosen[$0] }
        diagnostics += CatalogValidator.diagnostics(for: Catalog(modules: candidates.map(\.module)))
        for candidate in candidates where !candidate.valid {
            notices.append(Diagnostic(.warning, "module '\(candidate.module.identity.id)' has errors and is not loaded",
                                          at: candidate.module.location))
        }
        let catalog = Catalog(modules: candidates.filter(\.valid).map(\.module))
        for candidate in candidates where candidate.valid {
            log.debug("loaded questionnaire module", metadata: [
                "id": "\(candidate.module.identity.id)", "version": "\(candidate.module.identity.version)",
                "origin": "\(candidate.origin.rawValue)", "file": "\(candidate.module.file)",
            ])
        }
        log.debug("module search path read", metadata: [
            "files": "\(files.count)", "modules": "\(catalog.modules.count)", "elapsed": "\(ContinuousClock.now - started)",
        ])
        return ModuleLoadResult(
            catalog: catalog, diagnostics: diagnostics, notices: notices, sourceErrors: sourceErrors,
            origins: chosen.mapValues(\.origin),
            fileOrigins: Dictionary(files.map { ($0.0.path, $0.1) }) { first, _ in first })
    }
}
