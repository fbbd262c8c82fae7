/// Checks what a single file cannot check alone: question ids unique across modules, and every
/// `ref`, `depends_on`, mapping and `in_scope` pointing at something loaded.
enum CatalogValidator {
    static func diagnostics(for catalog: Catalog) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var definedBy: [String: String] = [:]
        for module in catalog.modules {
            for reference in module.references where reference.kind == .questionDefinition {
                if let other = definedBy[reference.target], other != module.file {
                    result.append(Diagnostic(.error, "question id '\(reference.target)' is already defined in \(other)",
                                             at: reference.location))
                } else {
                    definedBy[reference.target] = module.file
                }
            }
        }
        for module in catalog.modules {
            for reference in module.references {
                if let problem = problem(with: reference, in: catalog) { result.append(problem) }
            }
        }
        return result + dependencyCycles(in: catalog)
    }

    /// A `depends_on` chain that comes back to where it started would never let its questions be asked.
    private static func dependencyCycles(in catalog: Catalog) -> [Diagnostic] {
        catalog.modules.flatMap { module in
            module.references.filter { $0.kind == .dependsOn }.compactMap { reference -> Diagnostic? in
                var visited: Set<String> = []
                var current: String? = reference.target
                while let id = current, visited.insert(id).inserted { current = catalog.questions[id]?.dependsOn?.question }
                guard let start = current, catalog.questions[start]?.module == module.identity.id,
                      start == reference.target else { return nil }
                return Diagnostic(.error, "depends_on forms a cycle through question '\(start)'", at: reference.location)
            }
        }
    }

    private static func problem(with reference: ModuleReference, in catalog: Catalog) -> Diagnostic? {
        let target = reference.target
        switch reference.kind {
        case .questionDefinition:
            return nil
        case .questionRef, .dependsOn:
            guard catalog.questions[target] == nil else { return nil }
            let what = reference.kind == .questionRef ? "ref" : "depends_on"
            return Diagnostic(.error, "\(what) points to question '\(target)', which no loaded module defines",
                              at: reference.location)
        case .mapping:
            guard let mapped = RequirementReference(target) else { return nil }
            guard let module = catalog.module(mapped.module) else {
                return Diagnostic(.warning, "mapping to '\(target)' is ignored: no module '\(mapped.module)' is loaded",
                                  at: reference.location)
            }
            guard module.requirement(mapped.requirement) == nil else { return nil }
            return Diagnostic(.error, "mapping points to '\(target)', but module '\(mapped.module)' has no requirement '\(mapped.requirement)'",
                              at: reference.location)
        case .inScope:
            guard catalog.module(target)?.identity.kind != .standard else { return nil }
            return Diagnostic(.warning, "in_scope names '\(target)', which is not a loaded standard module",
                              at: reference.location)
        }
    }
}
