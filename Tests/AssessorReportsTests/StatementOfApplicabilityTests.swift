import AssessorCore
import AssessorReportFixtures
import AssessorReports
import Testing

/// The SoA from the real built-in catalog: every Annex A control, each exclusion justified.
@Suite struct StatementOfApplicabilityTests {
    @Test func listsEveryAnnexAControlOfBothStandards() async throws {
        let rows = try await Fixtures.rich.statementOfApplicability
        let iso27001 = rows.filter { $0.standard == "iso27001" }
        let iso42001 = rows.filter { $0.standard == "iso42001" }
        #expect(iso27001.count == 93)
        #expect(iso42001.count == 38)
        #expect(rows.count == 131, "nothing of ISO 9001, which has no Annex A controls")
        #expect(Set(iso27001.map(\.control)).count == 93 && Set(iso42001.map(\.control)).count == 38)
        #expect(iso27001.first?.control == "A.5.1" && iso27001.last?.control == "A.8.34")
        for row in rows where !row.applicable {
            #expect(!row.justification.isEmpty, "\(row.standard) \(row.control) is excluded without a justification")
            #expect(row.status == .notApplicable)
        }
    }

    @Test func scopingAnswersExcludeWhatTheyRuleOut() async throws {
        // The fixture organisation only uses AI, so development controls are not asked.
        let rows = try await Fixtures.rich.statementOfApplicability
        let design = try #require(rows.first { $0.standard == "iso42001" && $0.control == "A.6.2.3" })
        #expect(!design.applicable)
        #expect(design.justification.hasPrefix("Excluded: follows from the scoping answer to"))
        #expect(design.justification.contains("We use AI systems that others provide"))
    }

    @Test func aNotApplicableAnswerCarriesItsJustification() async throws {
        let fixture = ReportFixture.snapshot(catalog: Fixtures.catalog)
        let question = try #require(fixture.catalog.requirement(RequirementReference("iso27001:A.7.9")!)?.questionIDs.first)
        var answers = fixture.answers
        answers[question] = Answer(questionID: question, value: .notApplicable,
                                   justification: "No equipment leaves the premises; all staff use virtual desktops.")
        let snapshot = fixture.replacing(answers: answers)
        let rows = ReportAssembler(ReportFixture.inputs(snapshot))
            .assemble(estimates: try await ReportFixture.estimates(for: snapshot).estimates).statementOfApplicability
        let control = try #require(rows.first { $0.standard == "iso27001" && $0.control == "A.7.9" })
        #expect(!control.applicable)
        #expect(control.justification == "No equipment leaves the premises; all staff use virtual desktops.")
        let applicable = rows.filter(\.applicable)
        #expect(applicable.count > 100 && applicable.allSatisfy { $0.justification.hasPrefix("Included") }, "\(applicable.filter { !$0.justification.hasPrefix("Included") }.map(\.justification))")
    }

    @Test func statusAndEvidenceComeFromTheScoreAndAcceptedMatches() async throws {
        let model = try await Fixtures.rich
        let gaps = Dictionary(uniqueKeysWithValues: model.gapAnalysis.map { ("\($0.standard):\($0.requirement)", $0) })
        for row in model.statementOfApplicability where row.applicable {
            let gap = try #require(gaps["\(row.standard):\(row.control)"])
            #expect(row.status == ImplementationStatus(score: gap.score, applicable: true))
            #expect(row.evidence.count == gap.evidenceCount)
        }
        #expect(model.statementOfApplicability.contains { !$0.evidence.isEmpty })
    }

    @Test func statusFollowsTheScore() {
        #expect(ImplementationStatus(score: 1, applicable: true) == .implemented)
        #expect(ImplementationStatus(score: 2.0 / 3, applicable: true) == .largelyImplemented)
        #expect(ImplementationStatus(score: 0.5, applicable: true) == .partiallyImplemented)
        #expect(ImplementationStatus(score: 0.2, applicable: true) == .notImplemented)
        #expect(ImplementationStatus(score: nil, applicable: true) == .notAssessed)
        #expect(ImplementationStatus(score: 1, applicable: false) == .notApplicable)
    }
}
