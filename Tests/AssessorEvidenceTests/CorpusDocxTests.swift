import AssessorCore
import AssessorEvidence
import Foundation
import Testing

/// Real Word documents written by others (../shared/corpus/docx). The facts checked were read from
/// the files by hand (unzip -p FILE docProps/core.xml, word/document.xml).
@Suite struct CorpusDocxTests {
    @Test func anInformationSecurityPolicy() throws {
        guard let evidence = try EvidenceFixtures.read("docx/azrael_Information_Security_Policy.docx") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        let item = evidence.item
        #expect(item.title == "azrael Information Security Policy")  // dc:title is empty: the file name stands in
        #expect(item.author == "Tharusha Thilakarathna")
        #expect(item.created == EvidenceFixtures.date("2024-10-12T17:22:00Z"))
        #expect(item.modified == EvidenceFixtures.date("2024-10-12T18:07:00Z"))
        let blocks = EvidenceText.blocks(in: item.text)
        #expect(blocks.contains(TextBlock(location: "heading 1", text: "Objectives, Focus Area and Usable Parties")))
        #expect(blocks.contains { $0.location == "paragraph" && $0.text.hasPrefix("This top-level Policy outlines the goals") })
        #expect(blocks.contains { $0.location == "table 1, row 2, cell 2" && $0.text == "Version History:" })
        let top = evidence.matches.prefix(3).map(\.requirement.description)
        #expect(top.contains("iso27001:5.2") && top.contains("iso27001:A.5.1"), "\(top)")
        #expect(evidence.matches.first { $0.requirement.description == "iso27001:5.2" }?.reason == "cites ISO/IEC 27001 clause 5.2")
    }

    @Test func anAIPolicyKeptInTables() throws {
        guard let evidence = try EvidenceFixtures.read("docx/urielle_S5-01_AI_Policy_Template.docx", standards: ["iso42001"]) else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(evidence.item.documentVersion == "1.0")  // "Policy Version | 1.0 — Initial policy (June 2026)"
        let modified = try #require(evidence.item.modified)
        #expect(abs(modified.timeIntervalSince(EvidenceFixtures.date("2026-06-07T15:06:12.097Z"))) < 0.001)
        #expect(EvidenceText.blocks(in: evidence.item.text).contains {
            $0.location.hasPrefix("table ") && $0.text.hasPrefix("This AI Policy governs the design, development, deployment")
        })
        let top = evidence.matches.prefix(3).map(\.requirement.description)
        #expect(top.contains("iso42001:5.2") && top.contains("iso42001:A.2.2"), "\(top)")
    }

    @Test func contentControlsGermanTextAndTheDocumentControlBlock() throws {
        guard let privacy = try EvidenceFixtures.read("docx/fedramp_SSP-A04_Privacy_Impact_Assessment_Template.docx"),
              let german = try EvidenceFixtures.read("docx/ismscore_ISMS-POL-A.8.23_Web-Filtering_DE.docx") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(privacy.item.title == "FedRAMP Privacy Threshold Analysis and Privacy Impact Assessment")
        #expect(privacy.item.author == "FedRAMP")
        // Inside w:sdt content controls (python-docx misses these).
        #expect(privacy.item.text.contains("Organization Name that prepared this document"))
        #expect(german.item.documentVersion == "1.0")  // "Version | 1.0" in the Dokumentenlenkung table
        #expect(german.item.text.contains("Dokumentenlenkung"))
        #expect(german.matches.first?.requirement.description == "iso27001:A.8.23")
    }

    @Test func placeholdersAndFillerAreNotEvidence() throws {
        guard let manual = try EvidenceFixtures.read("docx/acecentre_Quality_Manual_placeholder.docx"),
              let template = try EvidenceFixtures.read("docx/cisoassistant_audit_report_template_en.docx") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(manual.item.title == "Quality Manual")
        #expect(manual.item.modified == EvidenceFixtures.date("2015-07-01"))
        #expect(manual.matches.isEmpty, "\(manual.matches)")
        #expect(template.item.recognisedAs?.contains("placeholders") == true)
        #expect(template.matches.allSatisfy { $0.confidence < 0.5 })
    }

    @Test func everyCorpusWordDocumentImports() throws {
        guard let corpus = EvidenceFixtures.corpus else { print(EvidenceFixtures.corpusMissing); return }
        let folder = corpus.appendingPathComponent("docx")
        let reader = EvidenceFixtures.reader()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let evidence = try reader.read(folder.appendingPathComponent(name), path: name)
            #expect(evidence.item.text.count > 500, "\(name)")
            #expect(evidence.item.contentHash.count == 64)
        }
    }
}
