import AssessorCore
import AssessorEvidence
import AssessorTestSupport
import Foundation
import Testing

/// Explicit references: their shapes, the standard they are read in, and 2013 ids carried onto 2022.
@Suite struct CitationMatchingTests {
    func matches(_ xml: String, standards: [String] = EvidenceFixtures.allStandards) throws -> [String: EvidenceMatch] {
        let folder = try TemporaryFolder()
        let file = try folder.write("export.xml", xml)
        let evidence = try EvidenceFixtures.reader(standards).read(file, path: "export.xml")
        return Dictionary(uniqueKeysWithValues: evidence.matches.map { ($0.requirement.description, $0) })
    }

    @Test func namedStandardsDecide() throws {
        let found = try matches("""
            <doc><p>Logging follows ISO/IEC 27001 A.8.15; the audit programme meets ISO 9001 clause 9.2.</p>
            <p>Our AI impact assessment process (ISO/IEC 42001 Annex A 5.2) and cl.5.2 of ISO 42001.</p></doc>
            """)
        #expect(found["iso27001:A.8.15"]?.reason == "cites ISO/IEC 27001 A.8.15")
        #expect(found["iso9001:9.2"] != nil)
        #expect(found["iso42001:A.5.2"]?.reason == "cites ISO/IEC 42001 A.5.2")
        #expect(found["iso42001:5.2"] != nil)
        #expect(found["iso27001:A.5.2"] == nil)
        #expect((found["iso27001:A.8.15"]?.confidence ?? 0) > 0.85)
    }

    @Test("2013 ids are read as 2013 ids and carried onto their 2022 controls")
    func annexA2013() throws {
        let found = try matches("""
            <Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2"><title>Guide</title>
            <Rule><title>Audit logs</title><reference href="https://www.iso.org/standard/54534.html">A.12.4.1, A.12.4.3, A.8.1.1</reference></Rule>
            <Rule><title>Other</title><reference href="https://www.iso.org/standard/54534.html">A.12.4.1</reference></Rule>
            </Benchmark>
            """)
        #expect(found["iso27001:A.8.15"]?.reason == "cites ISO/IEC 27001:2013 A.12.4.1 2 times (now A.8.15); cites ISO/IEC 27001:2013 A.12.4.3 (now A.8.15)")
        #expect(found["iso27001:A.5.9"]?.reason.contains("A.8.1.1") == true)  // inventory of assets
        #expect(found["iso27001:A.8.1"] == nil)  // not the 2022 A.8.1 that shares the number
        #expect(found["iso27001:A.12.4"] == nil)
    }

    @Test func aThreeLevelIdInAnAIDocumentIs42001() throws {
        let found = try matches("""
            <doc><title>AI system lifecycle</title><p>This AI system deployment record covers the AI management
            system and AI risk (AIMS scope). It follows Annex A 6.2.4 and A.6.2.5 for each AI system.</p></doc>
            """)
        #expect(found["iso42001:A.6.2.4"]?.reason.contains("read as ISO/IEC 42001") == true)
        #expect(found["iso42001:A.6.2.5"] != nil)
        #expect(!found.keys.contains { $0.hasPrefix("iso27001:") && found[$0]!.reason.contains("6.2.4") })
    }

    @Test func onlyTheStandardsOfTheAssessmentAreMatched() throws {
        let found = try matches("<doc><p>ISO/IEC 27001 A.5.15 and ISO 9001 clause 7.5</p></doc>", standards: ["iso42001"])
        #expect(found.isEmpty)
    }
}
