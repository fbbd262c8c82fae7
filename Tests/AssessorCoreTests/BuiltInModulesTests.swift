import AssessorCore
import AssessorQuestionnaires
import AssessorTestSupport
import Foundation
import Testing

/// The shipped questionnaire modules against the reference lists of requirement ids.
@Suite struct BuiltInModulesTests {
    static let result = ModuleLoader.load(ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:], options: []))
    var catalog: Catalog { Self.result.catalog }

    /// Rows of a reference TSV as dictionaries keyed by the header.
    static func rows(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: Fixtures.folder.appendingPathComponent("reference/\(name)"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    @Test func theShippedModulesLoadWithoutAnyProblem() {
        #expect(Self.result.diagnostics.isEmpty, "\(Self.result.diagnostics)")
        #expect(Self.result.notices.isEmpty)
        #expect(catalog.modules.map(\.identity.id).sorted() == ["hs", "iso27001", "iso42001", "iso9001", "scope"])
    }

    @Test(arguments: [("iso42001", 70), ("iso27001", 123), ("iso9001", 57)])
    func everyReferenceRequirementIsPresentAndNoOther(standard: String, count: Int) throws {
        let reference = try Self.rows("\(standard).tsv")
        let module = try #require(catalog.module(standard))
        #expect(reference.count == count)
        #expect(module.requirements.map(\.id) == reference.map { $0["id"]! }, "same ids in the same order")
        for row in reference {
            let requirement = try #require(module.requirement(row["id"]!))
            #expect(requirement.title == row["title"], "title of \(standard) \(row["id"]!)")
            #expect(requirement.kind.rawValue == row["kind"])
            #expect(!requirement.questionIDs.isEmpty, "\(standard) \(row["id"]!) has no question")
            if requirement.kind == .control { #expect(requirement.id.hasPrefix("A.")) }
        }
    }

    @Test func theReferenceCopiesMatchTheSharedOriginals() throws {
        let shared = BuiltProducts.shared.appendingPathComponent("reference/standards")
        guard FileManager.default.fileExists(atPath: shared.path) else { return } // a user's clone has no ../shared
        for name in ["iso42001.tsv", "iso27001.tsv", "iso9001.tsv", "annex-sl-mapping.tsv"] {
            let copy = try Data(contentsOf: Fixtures.folder.appendingPathComponent("reference/\(name)"))
            #expect(copy == (try Data(contentsOf: shared.appendingPathComponent(name))), "\(name) differs from ../shared")
        }
    }

    @Test func everyQuestionHasGuidanceAndEvidenceHints() {
        for module in catalog.modules where module.identity.kind != .scoping {
            for question in module.questions {
                #expect(!question.guidance.good.isEmpty && !question.guidance.gap.isEmpty, "\(question.id) guidance")
                #expect(!question.evidence.keywords.isEmpty && !question.evidence.documents.isEmpty, "\(question.id) evidence")
            }
        }
    }

    @Test func annexOverlapsMarkedStrongOrPartialBecomeMappings() throws {
        let rows = try Self.rows("annex-sl-mapping.tsv").filter {
            $0["mapping_type"] == "annexA" && ["strong", "partial"].contains($0["relation"])
        }
        #expect(!rows.isEmpty)
        for row in rows {
            let aims = RequirementReference(module: "iso42001", requirement: row["iso42001_2023"]!)
            let mapping = RequirementMapping(
                target: RequirementReference(module: "iso27001", requirement: row["iso27001_2022"]!),
                relation: row["relation"] == "strong" ? .strong : .partial)
            #expect(catalog.mappings(of: aims).contains(mapping), "\(aims) ↔ \(mapping.target)")
        }
    }

    @Test func mandatoryDocumentedInformationIsFlagged() throws {
        for standard in ["iso42001", "iso27001"] {
            for id in ["4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "8.2", "8.3", "9.2.2", "9.3.3", "10.2"] {
                #expect(catalog.module(standard)?.requirement(id)?.documentedInformation == true, "\(standard) \(id)")
            }
        }
        for id in ["4.3", "5.2.1", "6.2", "7.2", "9.2", "9.3.3", "10.2"] {
            #expect(catalog.module("iso9001")?.requirement(id)?.documentedInformation == true, "iso9001 \(id)")
        }
    }

    @Test func anOrganisationThatOnlyUsesAIIsAskedFewerQuestionsThanOneThatDevelopsIt() throws {
        let plan = InterviewPlan(catalog: catalog, standards: ["iso42001"])
        let asked = { (role: String) in
            plan.askedItems(answers: ["scope.ai_role": .choices([role]), "scope.ai_systems": .number(3)])
                .filter { $0.stage != .scoping }.map(\.question.id)
        }
        let user = asked("user"), developer = asked("developer")
        #expect(user.count < developer.count)
        #expect(!user.contains { $0.hasPrefix("iso42001.A.6.2.") && $0 != "iso42001.A.6.2.6.q1" && $0 != "iso42001.A.6.2.6.q2" && $0 != "iso42001.A.6.2.8.q1" },
                "a user is not walked through the development life cycle: \(user)")
        #expect(developer.contains("iso42001.A.6.2.4.q1"))
    }

    @Test func integrationAsksEachSharedClauseQuestionOnceForAllThreeStandards() throws {
        let plan = InterviewPlan(catalog: catalog, standards: ["iso42001", "iso27001", "iso9001"])
        let ids = plan.items.map(\.question.id)
        #expect(ids.count == Set(ids).count, "no question is asked twice")
        let shared = plan.items.filter { $0.question.module == "hs" }
        #expect(shared.count == 30)
        let sharedByAll = shared.filter { Set($0.requirements.map(\.module)) == ["iso42001", "iso27001", "iso9001"] }
        #expect(sharedByAll.count >= 24, "most harmonized clauses count for all three standards")
        let improvement = try #require(plan.item("hs.10.1.q1"))
        #expect(Set(improvement.requirements.map(\.description)) == ["iso42001:10.1", "iso27001:10.1", "iso9001:10.3"],
                "continual improvement is 10.1 in 27001 and 42001 but 10.3 in 9001")
        let separately = InterviewPlan(catalog: catalog, standards: ["iso42001"]).items.count
            + InterviewPlan(catalog: catalog, standards: ["iso27001"]).items.count
            + InterviewPlan(catalog: catalog, standards: ["iso9001"]).items.count
        #expect(plan.items.count < separately - 50, "integration saves the repeated questions")
    }
}
