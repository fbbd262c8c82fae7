import AssessorCore
import AssessorEvidence
import AssessorTestSupport
import Foundation
import Testing

/// The built-in evidence hints stay specific: the words of a document's control block (version,
/// approval, owner, classification marking) occur in nearly every document and say nothing about
/// which requirement it supports.
@Suite struct HintQualityTests {
    /// Words and phrases of the control block that opens almost any document.
    static let boilerplate: Set<String> = [
        "version", "version history", "revision", "revision history", "template", "draft", "approved", "approved by",
        "approval", "signed", "owner", "document owner", "review date", "date", "author", "page", "general", "policy",
        "internal", "public", "confidential", "restricted", "records", "decisions", "actions", "minutes",
    ]

    @Test func noHintIsDocumentBoilerplate() {
        var found: [String] = []
        for question in EvidenceFixtures.catalog.questions.values {
            let hints = question.evidence.keywords + question.evidence.documents
            found += hints.filter { Self.boilerplate.contains($0.lowercased()) }.map { "\(question.id): \($0)" }
        }
        #expect(found.isEmpty, "\(found.sorted())")
    }

    @Test func aControlBlockAloneIsNotEvidence() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("cover.xml", """
            <doc><title>Cover page</title><p>Version 1.2, approved by the General Manager; internal, not public;
            confidential. Revision history: version 1.0 draft, version 1.1 signed. Document owner: J. Smith.
            Review date: 2025-01-01. Template.</p></doc>
            """)
        let evidence = try EvidenceFixtures.reader().read(file, path: "cover.xml")
        #expect(evidence.matches.isEmpty, "\(evidence.matches.map { "\($0.requirement) \($0.reason)" })")
    }
}
