import AssessorCore
import AssessorReportFixtures
import AssessorReports
import AssessorScoringContract
import Foundation
import Testing

/// The gap analysis, evidence register, action plan and summary counts the assembler works out.
@Suite struct AssemblerTests {
    @Test func theGapAnalysisHasARowPerRequirementInScope() async throws {
        let model = try await Fixtures.rich
        let expected = ReportFixture.standards.compactMap(Fixtures.catalog.module).reduce(0) { $0 + $1.requirements.count }
        #expect(model.gapAnalysis.count == expected)
        #expect(expected > 200, "three standards: hundreds of rows")
        let skipped = try #require(model.gapAnalysis.first { $0.standard == "iso42001" && $0.requirement == "A.6.2.3" })
        #expect(skipped.score == nil && skipped.severity == nil)
        #expect(skipped.answer.hasPrefix("not asked"))
        let gaps = model.gapAnalysis.filter { $0.severity != nil }
        #expect(!gaps.isEmpty && gaps.allSatisfy { !$0.recommendedAction.isEmpty && !$0.finding.isEmpty })
        #expect(model.gapAnalysis.contains { $0.note.contains("process owner") })
    }

    @Test func theActionPlanPutsBlockersFirstWithTheEstimatedWork() async throws {
        let model = try await Fixtures.rich
        let plan = model.actionPlan
        #expect(plan.count == model.gapAnalysis.filter { $0.severity != nil }.count)
        #expect(plan.map(\.priority) == Array(1...plan.count))
        #expect(zip(plan, plan.dropFirst()).allSatisfy { $0.severity <= $1.severity }, "blockers, major, minor, observations")
        #expect(plan.first?.severity == .blocker)
        #expect(plan.allSatisfy { $0.effortDays != nil && $0.targetMonth != nil && !$0.ownerRole.isEmpty })
        let roles = Set(plan.map(\.ownerRole))
        #expect(roles.contains("Top management") && roles.contains("Information security manager"))
    }

    @Test func summaryCountsComeFromTheFindings() async throws {
        let model = try await Fixtures.rich
        let findings = model.gapAnalysis.compactMap(\.severity)
        for severity in Severity.allCases {
            #expect(model.summary.likelyFindings[severity] == findings.filter { $0 == severity }.count)
        }
        #expect(model.summary.blockers.count == model.summary.likelyFindings.blockers)
        #expect(model.summary.effort != nil && model.costEstimate?.total == model.summary.cost)
    }

    @Test func withoutAnEstimateTheSummaryFiguresAreMissing() async throws {
        let inputs = try await ReportFixture.inputs(evidence: 5, catalog: Fixtures.catalog)
        let model = ReportAssembler(inputs).assemble(estimates: .none)
        #expect(model.summary.verdict == nil && model.summary.overallReadiness == nil && model.summary.readiness.isEmpty)
        #expect(model.summary.effort == nil && model.costEstimate == nil && model.summary.timeline == nil)
        #expect(model.actionPlan.allSatisfy { $0.effortDays == nil && $0.targetMonth == nil })
        #expect(try Fixtures.text(.md, model).contains("| Effort to close the gaps | not estimated |"))
    }

    @Test func theEvidenceRegisterShowsLatestRevisionsAndFreshness() throws {
        let day = 86_400.0
        let now = ReportFixture.reportDate
        func item(_ id: Int64, _ title: String, reviewed: Date?, revision: Int = 1, supersedes: Int64? = nil) -> EvidenceItem {
            EvidenceItem(id: id, contentHash: "\(id)", path: "/e/\(title).docx", format: .docx, size: 1, title: title,
                         modified: reviewed, reviewDate: reviewed, text: "", revision: revision, supersedes: supersedes)
        }
        let items = [
            item(1, "Access policy", reviewed: now - 400 * day),
            item(2, "Access policy", reviewed: now - 20 * day, revision: 2, supersedes: 1),
            item(3, "Backup procedure", reviewed: now - 380 * day),
            item(4, "Old contract", reviewed: nil),
        ]
        let reference = RequirementReference("iso27001:A.5.15")!
        let matches = [
            EvidenceMatch(evidenceID: 2, requirement: reference, confidence: 1, reason: "", status: .accepted),
            EvidenceMatch(evidenceID: 3, requirement: reference, confidence: 1, reason: "", status: .rejected),
            EvidenceMatch(evidenceID: 3, requirement: RequirementReference("iso27001:A.8.13")!, confidence: 1, reason: "",
                          status: .accepted),
        ]
        let inputs = ReportInputs(
            organisation: "Acme", standards: ["iso27001"], catalog: Fixtures.catalog, answers: [:], evidence: items,
            matches: matches, scores: ScoringResponse(requirements: []), reportDate: now, generatedBy: "test")
        let model = ReportAssembler(inputs).assemble(estimates: .none)
        let register = model.evidenceRegister
        #expect(register.map(\.document) == ["Access policy", "Backup procedure", "Old contract"])
        #expect(register.map(\.revision) == [2, 1, 1])
        #expect(register.map(\.freshness) == [.fresh, .stale, .undated])
        #expect(register.map(\.supports) == [["iso27001:A.5.15"], ["iso27001:A.8.13"], []])
        let control = try #require(model.statementOfApplicability.first { $0.control == "A.5.15" })
        #expect(control.evidence == ["Access policy (rev 2)"])
    }
}
