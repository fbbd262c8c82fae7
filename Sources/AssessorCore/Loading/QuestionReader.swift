import Yams

/// Reads one question (or a `ref:` to a question defined elsewhere) of a module file.
struct QuestionReader {
    let log: DiagnosticLog

    /// A `- ref: id` entry: returns the id and records the reference; nil for any other entry.
    func readReference(_ node: Node, references: inout [ModuleReference]) -> String? {
        guard case .mapping(let mapping) = node, mapping.keys.contains(where: { $0.string == "ref" }),
              let reader = NodeReader(node, context: "a question reference", allowedKeys: Keys.reference, log: log),
              let target = reader.identifier("ref", required: true) else { return nil }
        references.append(ModuleReference(kind: .questionRef, target: target, location: log.location(of: reader.location(of: "ref"))))
        return target
    }

    func read(
        _ node: Node, module: ModuleIdentity, isControl: Bool, references: inout [ModuleReference]
    ) -> Question? {
        guard let reader = NodeReader(node, kind: "question", allowedKeys: Keys.question, log: log) else { return nil }
        let id = reader.identifier("id", required: true)
        let context = reader.context
        if let id {
            references.append(ModuleReference(kind: .questionDefinition, target: id, location: log.location(of: reader.location(of: "id"))))
        }
        let prompt = reader.string("prompt", required: true)
        let scale = readScale(reader, context: context)
        let guidance = readGuidance(reader, module: module, context: context)
        let condition = readCondition(reader, context: context, references: &references)
        let inScope = reader.strings("in_scope") ?? []
        for standard in inScope {
            references.append(ModuleReference(kind: .inScope, target: standard, location: log.location(of: reader.location(of: "in_scope"))))
        }
        let evidence = reader.reader("evidence", allowedKeys: Keys.evidence).map {
            EvidenceHints(documents: $0.strings("documents") ?? [], keywords: $0.strings("keywords") ?? [])
        } ?? EvidenceHints()
        guard let id, let prompt, let scale else { return nil }
        return Question(
            id: id, module: module.id, prompt: prompt, guidance: guidance, scale: scale,
            allowsNotApplicable: reader.bool("not_applicable") ?? isControl, dependsOn: condition,
            inScope: inScope, evidence: evidence)
    }

    private func readScale(_ reader: NodeReader, context: String) -> AnswerScale? {
        guard let kind = EnumField.read(reader, "scale", AnswerScale.Kind.self, required: true, context: context,
                                        log: log) else { return nil }
        let choices = (reader.sequence("choices") ?? []).compactMap { item -> Choice? in
            guard let choice = NodeReader(item, context: "a choice of \(context)", allowedKeys: Keys.choice, log: log),
                  let value = choice.identifier("value", required: true) else { return nil }
            return Choice(value: value, label: choice.string("label") ?? value)
        }
        let takesChoices = kind == .choice || kind == .multiChoice
        if takesChoices, choices.isEmpty {
            log.error("\(context) has scale \(kind.rawValue) but lists no 'choices'", at: reader.location(of: "scale"))
        } else if !takesChoices, reader.has("choices") {
            log.error("\(context) lists 'choices' but its scale \(kind.rawValue) takes none", at: reader.location(of: "choices"))
        }
        var seen = Set<String>()
        for choice in choices where !seen.insert(choice.value.lowercased()).inserted {
            log.error("\(context) lists the choice '\(choice.value)' twice", at: reader.location(of: "choices"))
        }
        for key in ["unit", "min", "max", "whole_number"] where kind != .number && reader.has(key) {
            log.error("'\(key)' in \(context) applies only to scale number", at: reader.location(of: key))
        }
        let minimum = reader.number("min"), maximum = reader.number("max")
        for (key, bound) in [("min", minimum), ("max", maximum)] {
            if let bound, abs(bound) > AnswerScale.largestNumber {
                log.error("'\(key)' in \(context) must lie within ±\(AnswerValue.number(AnswerScale.largestNumber).grouped)",
                          at: reader.location(of: key))
            }
        }
        if let minimum, let maximum, minimum > maximum {
            log.error("'min' in \(context) is above its 'max'", at: reader.location(of: "min"))
        }
        return AnswerScale(kind: kind, choices: choices, unit: reader.string("unit") ?? "",
                           minimum: minimum, maximum: maximum, wholeNumber: reader.bool("whole_number") ?? false)
    }

    private func readGuidance(_ reader: NodeReader, module: ModuleIdentity, context: String) -> Guidance {
        guard let guidance = reader.reader("guidance", allowedKeys: Keys.guidance) else {
            if module.kind != .scoping {
                log.warning("\(context) has no 'guidance' (good, gap) for the interviewer", at: reader.node)
            }
            return Guidance()
        }
        return Guidance(good: guidance.string("good") ?? "", gap: guidance.string("gap") ?? "")
    }

    private func readCondition(
        _ reader: NodeReader, context: String, references: inout [ModuleReference]
    ) -> Condition? {
        guard let condition = reader.reader("depends_on", allowedKeys: Keys.condition) else { return nil }
        let target = condition.identifier("question", required: true)
        if let target {
            references.append(ModuleReference(kind: .dependsOn, target: target, location: log.location(of: condition.location(of: "question"))))
        }
        var tests: [Condition.Test] = []
        if let value = condition.string("equals") { tests.append(.equals(value)) }
        if let values = condition.strings("any_of") { tests.append(.anyOf(values)) }
        if let values = condition.strings("none_of") { tests.append(.noneOf(values)) }
        if let value = condition.number("at_least") { tests.append(.atLeast(value)) }
        guard tests.count == 1 else {
            log.error("'depends_on' of \(context) needs exactly one of equals, any_of, none_of, at_least",
                      at: condition.node)
            return nil
        }
        return target.map { Condition(question: $0, test: tests[0]) }
    }
}
