import AssessorCore
import AssessorEstimate
import AssessorReportFixtures
import AssessorReports
import Foundation
import Testing

/// The gap analysis, evidence register and action plan the assembler works out, and the summary it
/// copies from the readiness and the estimate.
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
        let estimate = try await Fixtures.richEstimate
        let plan = model.actionPlan
        #expect(plan.count == model.gapAnalysis.filter { $0.severity != nil }.count)
        #expect(plan.map(\.priority) == Array(1...plan.count))
        #expect(zip(plan, plan.dropFirst()).allSatisfy { $0.severity <= $1.severity }, "blockers, major, minor, observations")
        #expect(plan.first?.severity == .blocker)
        let roles = Set(plan.map(\.ownerRole))
        #expect(roles.contains("Top management") && roles.contains("Information security manager"))
        let days = Dictionary(estimate.effort.items.map { ("\($0.standard):\($0.requirement)", $0.days) }) { $1 }
        #expect(plan.allSatisfy { $0.effortDays != nil && $0.effortDays == days["\($0.standard):\($0.requirement)"] })
        let planned = plan.compactMap(\.effortDays).reduce(0, +)
        #expect(abs(planned - estimate.effort.totalDays) < 0.1, "every gap's work is in the plan: \(planned)")
        let months = plan.compactMap(\.targetMonth)
        let closing = try #require(model.summary?.timeline.phases.first)
        #expect(months.count == plan.count && months == months.sorted(), "target months follow the priority")
        #expect(closing.id == "implementation" && months.first == 1 && months.last == closing.endMonth)
    }

    @Test func theSummaryShowsTheReadinessAndTheEstimateAsTheyAre() async throws {
        let model = try await Fixtures.rich
        let (readiness, estimate) = (try await Fixtures.richReadiness, try await Fixtures.richEstimate)
        let summary = try #require(model.summary)
        #expect(summary.verdict.statement == readiness.verdict.summary && summary.verdict.level == readiness.verdict.level.rawValue)
        #expect(summary.overallReadiness == readiness.overall && summary.coverage.fraction == readiness.coverage.ratio)
        #expect(summary.readiness.map(\.readiness) == readiness.standards.map(\.summary.score))
        for (shown, rolled) in zip(summary.readiness, readiness.standards) {
            let sections = rolled.clauses + rolled.themes
            #expect(shown.sections.map(\.id) == sections.map(\.id) && shown.sections.map(\.readiness) == sections.map(\.score))
            #expect(shown.sections.map(\.blockers) == sections.map(\.blockers) && shown.overall.met == rolled.summary.met)
        }
        #expect(summary.blockers.map(\.requirement) == readiness.blockers.map(\.requirement))
        let counts: [Int] = [summary.likelyFindings.blockers, summary.likelyFindings.majors, summary.likelyFindings.minors]
        #expect(counts == [readiness.blockers.count, readiness.likelyMajor.count, readiness.likelyMinor.count])
        let findings = model.gapAnalysis.compactMap(\.severity)
        for severity in Severity.allCases {
            #expect(summary.likelyFindings[severity] == findings.filter { $0 == severity }.count, "the gap analysis agrees")
        }
        #expect(summary.effort.personDays == estimate.effort.totalDays && summary.effort.savedBySharing == estimate.effort.savedDays)
        #expect(summary.cost.toCertificate.likely == estimate.cost.toCertificate.likely)
        #expect(summary.cost.cycle.high == estimate.cost.cycle.high && summary.cost.currency == "USD")
        let cost = try #require(model.costEstimate)
        #expect(cost.total == summary.cost && cost.lines.map(\.id) == estimate.cost.lines.map(\.id))
        #expect(cost.lines.allSatisfy { !$0.assumption.isEmpty && !$0.source.isEmpty && !$0.status.isEmpty })
        #expect(cost.assumptions.count == estimate.assumptions.count)
        #expect(summary.timeline.months.likely == estimate.timeline.months && summary.timeline.phases.count == estimate.timeline.phases.count)
    }

    @Test func aLargerTeamClosesTheGapsInFewerMonths() async throws {
        let snapshot = ReportFixture.snapshot(evidence: 5, catalog: Fixtures.catalog)
        func lastMonth(fte: Double) async throws -> Int? {
            let estimates = try await ReportFixture.estimates(for: snapshot, options: EstimateOptions(fte: fte)).estimates
            return ReportAssembler(ReportFixture.inputs(snapshot)).assemble(estimates: estimates).actionPlan.compactMap(\.targetMonth).max()
        }
        let (one, three, many) = (try await lastMonth(fte: 1), try await lastMonth(fte: 3), try await lastMonth(fte: 50))
        #expect(try #require(three) < (try #require(one)), "three people close the gaps sooner than one")
        #expect(many == 2, "never under the profile's minimum of two months")
    }

    @Test func theEvidenceRegisterShowsLatestRevisionsAndFreshness() async throws {
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
        let snapshot = AssessmentSnapshot(
            profile: AssessmentProfile(organisation: "Acme", standards: ["iso27001"], createdBy: "test"), catalog: Fixtures.catalog,
            answers: [:], evidence: AssessmentEvidence(items: items, matches: matches, suggestions: []))
        let inputs = ReportInputs(snapshot: snapshot, reportDate: now, generatedBy: "test")
        let model = ReportAssembler(inputs).assemble(estimates: try await ReportFixture.estimates(for: snapshot).estimates)
        let register = model.evidenceRegister
        #expect(register.map(\.document) == ["Access policy", "Backup procedure", "Old contract"])
        #expect(register.map(\.revision) == [2, 1, 1])
        #expect(register.map(\.freshness) == [.fresh, .stale, .undated])
        #expect(register.map(\.supports) == [["iso27001:A.5.15"], ["iso27001:A.8.13"], []])
        let control = try #require(model.statementOfApplicability.first { $0.control == "A.5.15" })
        #expect(control.evidence == ["Access policy (rev 2)"])
    }
}
