import Yams

/// Walks the composed YAML of one module file and builds the module, logging each problem.
struct ModuleFileReader {
    let log: DiagnosticLog
    private let questionReader: QuestionReader

    init(log: DiagnosticLog) {
        self.log = log
        self.questionReader = QuestionReader(log: log)
    }

    func read(_ root: Node) -> QuestionnaireModule? {
        guard let top = NodeReader(root, context: "the module file", allowedKeys: Keys.top, log: log) else { return nil }
        guard checkSchemaVersion(top), let identity = readIdentity(top) else { return nil }
        var references: [ModuleReference] = []
        var questions: [Question] = []
        let sections = identity.kind == .standard ? readSections(top) : []
        var requirements: [Requirement] = []
        if identity.kind == .standard {
            requirements = readRequirements(top, module: identity, sections: sections, questions: &questions,
                                            references: &references)
            if top.has("questions") {
                log.error("a standard module lists its questions under its requirements, not in 'questions'",
                          at: top.location(of: "questions"))
            }
        } else {
            for key in ["sections", "requirements"] where top.has(key) {
                log.error("a \(identity.kind.rawValue) module has no '\(key)'; only a standard module has",
                          at: top.location(of: key))
            }
            for item in top.sequence("questions", required: true) ?? [] {
                if let question = questionReader.read(item, module: identity, isControl: false,
                                                      references: &references) {
                    questions.append(question)
                }
            }
        }
        checkUniqueQuestionIDs(references)
        return QuestionnaireModule(
            identity: identity, sections: sections, requirements: requirements, questions: questions,
            file: log.file, references: references, location: log.location(of: root))
    }

    private func checkSchemaVersion(_ top: NodeReader) -> Bool {
        guard let version = top.number("schema_version") else {
            if !top.has("schema_version") {
                log.error("missing required key 'schema_version' (this host reads \(ModuleParser.schemaVersion))",
                          at: top.node)
            }
            return false
        }
        guard Int(version) == ModuleParser.schemaVersion else {
            log.error("schema_version \(AnswerValue.number(version).text) is not one this host reads (\(ModuleParser.schemaVersion)); "
                      + "update assessor or rewrite the module for schema \(ModuleParser.schemaVersion)",
                      at: top.location(of: "schema_version"))
            return false
        }
        return true
    }

    private func readIdentity(_ top: NodeReader) -> ModuleIdentity? {
        guard let module = top.reader("module", allowedKeys: Keys.module, required: true) else { return nil }
        let id = module.string("id", required: true)
        if let id, id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) == nil {
            log.error("module id '\(id)' must use lowercase letters, digits and '-'", at: module.location(of: "id"))
        }
        let kind = enumValue(module, "kind", ModuleKind.self, required: true)
        let title = module.string("title", required: true)
        let version = module.string("version", required: true)
        let edition = module.string("edition", required: kind == .standard) ?? ""
        let system = module.string("management_system", required: kind == .standard) ?? ""
        guard let id, let kind, let title, let version else { return nil }
        return ModuleIdentity(id: id, kind: kind, title: title, shortTitle: module.string("short_title"),
                              edition: edition, version: version, managementSystem: system)
    }

    private func readSections(_ top: NodeReader) -> [Section] {
        let sections: [Section] = (top.sequence("sections", required: true) ?? []).compactMap { item in
            guard let reader = NodeReader(item, kind: "section", allowedKeys: Keys.section, log: log) else { return nil }
            let id = reader.identifier("id", required: true)
            let context = reader.context
            let title = reader.string("title", required: true)
            let kind = enumValue(reader, "kind", Section.Kind.self, required: true, context: context)
            guard let id, let title, let kind else { return nil }
            return Section(id: id, title: title, kind: kind)
        }
        var seen = Set<String>()
        for (section, item) in zip(sections, top.sequence("sections") ?? []) where !seen.insert(section.id).inserted {
            log.error("duplicate section id '\(section.id)'", at: item)
        }
        return sections
    }

    private func readRequirements(
        _ top: NodeReader, module: ModuleIdentity, sections: [Section], questions: inout [Question],
        references: inout [ModuleReference]
    ) -> [Requirement] {
        var seen = Set<String>()
        return (top.sequence("requirements", required: true) ?? []).compactMap { item in
            guard let reader = NodeReader(item, kind: "requirement", allowedKeys: Keys.requirement, log: log) else {
                return nil
            }
            let id = reader.identifier("id", required: true)
            let context = reader.context
            if let id, !seen.insert(id).inserted { log.error("duplicate requirement id '\(id)'", at: reader.location(of: "id")) }
            let title = reader.string("title", required: true)
            let kind = enumValue(reader, "kind", Requirement.Kind.self, required: true, context: context)
            let section = reader.string("section", required: true)
            if let section, !sections.contains(where: { $0.id == section }) {
                log.error("\(context) is in section '\(section)', which 'sections' does not list",
                          at: reader.location(of: "section"))
            }
            let work = enumValue(reader, "work", WorkKind.self, required: true, context: context)
            let weight = reader.number("weight") ?? 1
            if weight < 0 { log.error("'weight' in \(context) must not be negative", at: reader.location(of: "weight")) }
            let mappings = readMappings(reader, context: context, references: &references)
            var questionIDs: [String] = []
            for entry in reader.sequence("questions", required: true) ?? [] {
                if let ref = questionReader.readReference(entry, references: &references) {
                    questionIDs.append(ref)
                } else if let question = questionReader.read(entry, module: module, isControl: kind == .control,
                                                             references: &references) {
                    questions.append(question)
                    questionIDs.append(question.id)
                }
            }
            if reader.has("questions"), (reader.sequence("questions") ?? []).isEmpty {
                log.error("\(context) needs at least one question", at: reader.location(of: "questions"))
            }
            guard let id, let title, let kind, let section, let work else { return nil }
            return Requirement(
                id: id, title: title, kind: kind, section: section,
                documentedInformation: reader.bool("documented_information") ?? false, weight: weight,
                work: work, questionIDs: questionIDs, mappings: mappings)
        }
    }

    private func readMappings(
        _ reader: NodeReader, context: String, references: inout [ModuleReference]
    ) -> [RequirementMapping] {
        (reader.sequence("mappings") ?? []).compactMap { item in
            guard let mapping = NodeReader(item, context: "a mapping of \(context)", allowedKeys: Keys.mapping, log: log),
                  let target = mapping.identifier("to", required: true) else { return nil }
            let relation = enumValue(mapping, "relation", RequirementMapping.Relation.self, required: true,
                                     context: "the mapping to \(target)")
            guard let reference = RequirementReference(target) else {
                log.error("mapping target '\(target)' must read module:requirement (iso27001:A.5.1)",
                          at: mapping.location(of: "to"))
                return nil
            }
            references.append(ModuleReference(kind: .mapping, target: target, location: log.location(of: mapping.location(of: "to"))))
            guard let relation else { return nil }
            return RequirementMapping(target: reference, relation: relation)
        }
    }

    private func checkUniqueQuestionIDs(_ references: [ModuleReference]) {
        var seen = Set<String>()
        for reference in references where reference.kind == .questionDefinition && !seen.insert(reference.target).inserted {
            log.error("duplicate question id '\(reference.target)'", line: reference.location.line,
                      column: reference.location.column)
        }
    }

    func enumValue<Value: RawRepresentable & CaseIterable>(
        _ reader: NodeReader, _ key: String, _ type: Value.Type, required: Bool, context: String? = nil
    ) -> Value? where Value.RawValue == String {
        EnumField.read(reader, key, type, required: required, context: context, log: log)
    }
}

/// Reads a text field that must be one of an enumeration's raw values.
enum EnumField {
    static func read<Value: RawRepresentable & CaseIterable>(
        _ reader: NodeReader, _ key: String, _ type: Value.Type, required: Bool, context: String?, log: DiagnosticLog
    ) -> Value? where Value.RawValue == String {
        guard let text = reader.string(key, required: required) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            log.error("'\(text)' is not a valid '\(key)' in \(context ?? reader.context); use one of: \(allowed)",
                      at: reader.location(of: key))
            return nil
        }
        return value
    }
}
