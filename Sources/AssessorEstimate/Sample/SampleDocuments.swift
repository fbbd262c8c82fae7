import AssessorCore
import Foundation

extension SampleAssessment {
    /// The sample's evidence as an assessment file holds it: one made-up document per title (ids
    /// from 1, in title order), each accepted for the requirements it evidences.
    public var documents: [(item: EvidenceItem, requirements: [RequirementReference])] {
        Dictionary(grouping: evidence, by: \.title).sorted { $0.key < $1.key }.enumerated().map { index, entry in
            var item = Self.document(titled: entry.key)
            item.id = Int64(index + 1)
            return (item, entry.value.map(\.requirement))
        }
    }

    /// The sample's evidence as a snapshot reads it: the documents, accepted for their requirements.
    public var acceptedEvidence: AssessmentEvidence {
        let documents = documents
        return AssessmentEvidence(
            items: documents.map(\.item),
            matches: documents.flatMap { document in
                document.requirements.map {
                    EvidenceMatch(evidenceID: document.item.id ?? 0, requirement: $0, confidence: 1, reason: Self.matchReason,
                                  status: .accepted)
                }
            },
            suggestions: [])
    }

    /// Why a sample document is linked to its requirement.
    public static let matchReason = "sample evidence"

    /// A made-up document with a stable content hash, so the same sample is always the same file.
    static func document(titled title: String) -> EvidenceItem {
        let slug = title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let text = "Sample evidence: \(title)."
        return EvidenceItem(contentHash: hex(text), path: "sample/\(String(slug)).docx", format: .docx, size: Int64(text.utf8.count),
                            title: title, author: "assessor demo", text: text)
    }

    /// A stable 64-digit hex identifier for the made-up content (four FNV-1a rounds).
    private static func hex(_ text: String) -> String {
        (0..<4).map { round in
            let value = "\(round):\(text)".utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
