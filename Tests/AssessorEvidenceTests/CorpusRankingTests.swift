import AssessorCore
import AssessorEvidence
import Foundation
import Testing

/// What the real documents of ../shared/corpus are matched to first. Almost every document has a
/// version table, an owner and an approval line: that is not evidence of document control (7.5.2),
/// and the generic words of such a table must not push a requirement above what the document is about.
@Suite struct CorpusRankingTests {
    func top(_ evidence: ImportedEvidence, _ count: Int = 3) -> [String] {
        evidence.matches.prefix(count).map(\.requirement.description)
    }

    @Test func rulesOfBehaviourAreAcceptableUse() throws {
        guard let rules = try EvidenceFixtures.read("docx/fedramp_SSP-Appendix-F_Rules_of_Behavior_Template.docx") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(top(rules).contains("iso27001:A.5.10"), "\(top(rules))")
        #expect(!top(rules, 1).contains("iso27001:7.5.2"), "\(top(rules))")
        // "confidentiality, integrity, availability" in a user's rules is not a risk assessment.
        #expect(!top(rules).contains("iso27001:6.1.2"), "\(top(rules))")
    }

    @Test func aSecurityAssessmentReportIsAboutAssessmentAndVulnerabilities() throws {
        guard let report = try EvidenceFixtures.read("docx/fedramp_Security_Assessment_Report_SAR_Template.docx") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        let first = try #require(report.matches.first).requirement.description
        #expect(first != "iso27001:7.5.2", "\(top(report))")
        #expect(["iso27001:A.5.35", "iso27001:A.8.8", "iso27001:9.1", "iso27001:9.2.1"].contains(first), "\(top(report))")
        #expect(top(report).contains("iso27001:A.8.8"), "\(top(report))")
        #expect(!top(report).contains { $0.hasSuffix(":7.5.2") }, "\(top(report))")
    }

    @Test func aPrivacyImpactAssessmentAndASignificantChangeProcedure() throws {
        guard let privacy = try EvidenceFixtures.read("docx/fedramp_SSP-A04_Privacy_Impact_Assessment_Template.docx"),
              let change = try EvidenceFixtures.read("docx/fedramp_Significant_Change_Policies_and_Procedures.docx") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(top(privacy, 1) == ["iso27001:A.5.34"], "\(top(privacy))")
        #expect(top(change).contains("iso27001:A.8.32"), "\(top(change))")
    }

    @Test func aDocumentControlProcedureStaysWithDocumentControl() throws {
        guard let procedure = try EvidenceFixtures.read("docx/azrael_Document_and_Record_Control_Procedure.docx") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(top(procedure).allSatisfy { $0.hasPrefix("iso27001:7.5.") }, "\(top(procedure))")
    }

    @Test("no Word document is matched first to 7.5.2 by its version table alone")
    func versionTablesAreNotDocumentControl() throws {
        guard let corpus = EvidenceFixtures.corpus else { print(EvidenceFixtures.corpusMissing); return }
        let folder = corpus.appendingPathComponent("docx")
        let reader = EvidenceFixtures.reader()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let evidence = try reader.read(folder.appendingPathComponent(name), path: name)
            guard let first = evidence.matches.first, first.requirement.requirement == "7.5.2" else { continue }
            #expect(first.reason.hasPrefix("cites "), "\(name): \(first.requirement) \(first.reason)")
        }
    }
}
