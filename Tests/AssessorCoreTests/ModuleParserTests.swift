import AssessorCore
import Foundation
import Testing

@Suite struct ModuleParserTests {
    @Test func readsEveryFieldOfAStandardModule() throws {
        let result = Fixtures.tinyCatalog()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let alpha = try #require(result.catalog.module("alpha"))
        #expect(alpha.identity == ModuleIdentity(
            id: "alpha", kind: .standard, title: "Alpha standard", edition: "2024", version: "1.2.0",
            managementSystem: "alpha management system"))
        #expect(alpha.sections.map(\.id) == ["4", "10", "A.5"])
        let context = try #require(alpha.requirement("4.1"))
        #expect(context.documentedInformation && context.work == .document && context.weight == 1)
        #expect(context.questionIDs == ["shared.4.1.q1", "alpha.4.1.q1"])
        let control = try #require(alpha.requirement("A.5.1"))
        #expect(control.kind == .control)
        #expect(control.mappings == [RequirementMapping(target: RequirementReference(module: "beta", requirement: "A.1"), relation: .strong)])
        let question = try #require(result.catalog.questions["alpha.A.5.1.q1"])
        #expect(question.allowsNotApplicable, "controls allow not applicable by default")
        #expect(question.dependsOn == Condition(question: "tiny.role", test: .anyOf(["builder"])))
        #expect(result.catalog.questions["alpha.4.1.q1"]?.allowsNotApplicable == false)
    }

    @Test func reportsFiveDistinctMistakesWithLineAndColumn() {
        let file = Fixtures.folder.appendingPathComponent("broken/five-mistakes.yaml")
        let result = ModuleLoader.load([ModuleSource(url: file, origin: .option)])
        let found = result.errors.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(found.count == 5, "\(found)")
        #expect(found.contains { $0.hasPrefix("21:9 unknown key 'promt'") && $0.contains("did you mean 'prompt'") })
        #expect(found.contains { $0.hasPrefix("25:5 missing required key 'title' in requirement 4.2") })
        #expect(found.contains { $0.hasPrefix("33:16 'sliding' is not a valid 'scale'") })
        #expect(found.contains { $0.hasPrefix("34:9 duplicate requirement id '4.1'") })
        #expect(found.contains { $0.hasPrefix("45:21 depends_on points to question 'scope.nowhere'") })
    }

    @Test func reportsYAMLSyntaxErrorsWithTheirPlace() {
        let (module, diagnostics) = Fixtures.parse("schema_version: 1\nmodule:\n  id: [unclosed\n")
        #expect(module == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.line == 4)
        #expect(diagnostics.first?.message.hasPrefix("not valid YAML") == true)
    }

    @Test func refusesANewerSchemaVersionWithAHint() {
        let (module, diagnostics) = Fixtures.parse("schema_version: 2\nmodule: {id: x, kind: scoping, title: X, version: 1}\n")
        #expect(module == nil)
        #expect(diagnostics.map(\.message) == [
            "schema_version 2 is not one this host reads (1); update assessor or rewrite the module for schema 1",
        ])
    }

    @Test func reportsDuplicateKeysAndWrongTypes() {
        let duplicate = Fixtures.parse("schema_version: 1\nschema_version: 1\n").diagnostics
        #expect(duplicate.first?.message == "duplicate key 'schema_version' in a mapping")
        let yaml = """
            schema_version: 1
            module: {id: Bad_Id, kind: scoping, title: X, version: 1}
            questions:
              - id: q
                prompt: P
                scale: number
                min: lots
            """
        let messages = Fixtures.parse(yaml).diagnostics.map(\.message)
        #expect(messages.contains("module id 'Bad_Id' must use lowercase letters, digits and '-'"))
        #expect(messages.contains("'min' in question q must be a number"))
    }

    @Test func checksChoicesAgainstTheScale() {
        let yaml = """
            schema_version: 1
            module: {id: x, kind: scoping, title: X, version: 1}
            questions:
              - {id: a, prompt: P, scale: choice}
              - {id: b, prompt: P, scale: yes_no, choices: [{value: y}]}
              - {id: c, prompt: P, scale: choice, choices: [{value: y}, {value: Y}]}
            """
        let messages = Fixtures.parse(yaml).diagnostics.map(\.message)
        #expect(messages == [
            "question a has scale choice but lists no 'choices'",
            "question b lists 'choices' but its scale yes_no takes none",
            "question c lists the choice 'Y' twice",
        ])
    }
}
