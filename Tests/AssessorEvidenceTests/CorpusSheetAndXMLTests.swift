import AssessorCore
import AssessorEvidence
import Foundation
import Testing

/// Real workbooks and XML exports written by others (../shared/corpus/xlsx, xml). The facts were
/// read from the files by hand (unzip -p, xmllint --xpath).
@Suite struct CorpusSheetAndXMLTests {
    @Test func a2013StatementOfApplicabilityIsRecognisedAndTranslated() throws {
        guard let soa = try EvidenceFixtures.read("xlsx/isuru_ISO27001_2013_Statement_of_Applicability.xlsx") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(soa.item.author == "Isuru Madhawa")
        #expect(soa.item.recognisedAs == "Statement of Applicability (ISO/IEC 27001:2013 numbering)")
        let blocks = EvidenceText.blocks(in: soa.item.text)
        #expect(blocks.contains(TextBlock(location: "ISO 27001 Risk Assessment Templ!B11", text: "5.1.1")))
        #expect(blocks.contains(TextBlock(location: "ISO 27001 Risk Assessment Templ!B10", text: "5.1")))  // stored as 5.0999999999999996
        let logging = soa.matches.first { $0.requirement.description == "iso27001:A.8.15" }
        #expect(logging?.reason.contains("ISO/IEC 27001:2013 A.12.4.1") == true && logging?.reason.contains("now A.8.15") == true)
        // 2013 A.8.1.1 (inventory of assets) is not the 2022 control A.8.1 (user endpoint devices).
        #expect(!soa.matches.contains { $0.reason.contains("A.8.1.1") && $0.requirement.requirement == "A.8.1" })
        // The one filled status: A.5.1.1 "CONTROL APPLIED?" = Yes, in E11.
        #expect(soa.suggestions.map(\.questionID) == ["iso27001.A.5.1.q1"])
        #expect(soa.suggestions.first?.value == .conformity(.fully))
        #expect(soa.suggestions.first?.source.hasPrefix("ISO 27001 Risk Assessment Templ!E11: Yes") == true)
    }

    @Test func workbooksWithSheetNamesAndEmptyFormattedRows() throws {
        guard let register = try EvidenceFixtures.read("xlsx/uzor_Risk_Register.xlsx"),
              let poam = try EvidenceFixtures.read("xlsx/fedramp_POAM_Template.xlsx") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(register.item.author == "obi isolokwu")
        #expect(register.item.created == EvidenceFixtures.date("2026-07-27T22:04:00Z"))
        let blocks = EvidenceText.blocks(in: register.item.text)
        #expect(blocks.contains(TextBlock(location: "Sheet1!B2", text: "Phishing Attack")))
        #expect(blocks.contains(TextBlock(location: "Dashboard!A2", text: "Total Risks")))
        #expect(register.matches.first?.requirement.description == "iso27001:6.1.2")
        #expect(poam.item.modified == EvidenceFixtures.date("2024-03-29T17:08:40Z"))
        #expect(EvidenceText.blocks(in: poam.item.text).contains { $0.location.hasPrefix("Open POA&M Items!") })
    }

    @Test func oscalExportsGiveTheirMetadata() throws {
        guard let plan = try EvidenceFixtures.read("xml/oscal_ssp-example.xml"),
              let catalog = try EvidenceFixtures.read("xml/NIST_SP-800-53_rev4_catalog.xml"),
              let results = try EvidenceFixtures.read("xml/oscal_ifa_assessment-results-example.xml") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(plan.item.title == "Enterprise Logging and Auditing System Security Plan")
        #expect(plan.item.documentVersion == "1.1")
        #expect(plan.item.recognisedAs == "OSCAL system security plan")
        #expect(catalog.item.recognisedAs == "OSCAL catalog")
        #expect(catalog.item.title.hasPrefix("NIST Special Publication 800-53 Revision 4"))
        #expect(EvidenceText.blocks(in: catalog.item.text).contains(
            TextBlock(location: "/catalog/group/control/title", text: "Access Control Policy and Procedures")))
        #expect(results.item.recognisedAs == "OSCAL assessment results")
        #expect(results.item.title == "IFA GoodRead Continuous Monitoring Assessment Results June 2023")
    }

    @Test func xccdfResultsAreRecognised() throws {
        guard let scan = try EvidenceFixtures.read("xml/heimdall_xccdf-results-openscap-rhel8.xml") else {
            print(EvidenceFixtures.corpusMissing); return
        }
        #expect(scan.item.recognisedAs == "XCCDF benchmark or scan results (SCAP)")
        #expect(scan.item.title == "Red Hat Enterprise Linux 8 Security Technical Implementation Guide")
    }
}
