import AssessorCore
import Foundation

/// Imported evidence: documents named after the catalog's evidence hints, some revised, some stale,
/// some undated, each accepted for a few requirements (and some suggestions left open or rejected).
enum FixtureEvidence {
    static func make(
        count: Int, catalog: Catalog, standards: [String], reportDate: Date, payload: String, random: inout FixtureRandom
    ) -> (items: [EvidenceItem], matches: [EvidenceMatch]) {
        let hints: [(RequirementReference, String)] = standards.compactMap(catalog.module).flatMap { module in
            module.requirements.flatMap { requirement in
                requirement.questionIDs.compactMap { catalog.questions[$0] }.flatMap(\.evidence.documents).map {
                    (RequirementReference(module: module.identity.id, requirement: requirement.id), $0)
                }
            }
        }
        var items: [EvidenceItem] = []
        var matches: [EvidenceMatch] = []
        for index in 0..<count {
            let id = Int64(index + 1)
            let (reference, document) = hints[(index * 7919) % hints.count]
            let revised = index > 10 && random.chance(0.1)
            let previous = revised ? items[random.below(items.count)] : nil
            let age = Double(random.below(26 * 30)) * 86_400
            let dated = random.chance(0.92)
            let title = previous?.title ?? (payload.isEmpty ? "" : "\(payload) ") + "\(document) \(index + 1)"
            items.append(EvidenceItem(
                id: id, contentHash: String(format: "%064x", index), path: previous?.path ?? "/evidence/doc-\(index + 1).docx",
                format: random.pick([.docx, .docx, .xlsx, .xml]), size: Int64(10_000 + random.below(400_000)),
                title: title, author: "Compliance team", created: dated ? reportDate.addingTimeInterval(-age - 90 * 86_400) : nil,
                modified: dated ? reportDate.addingTimeInterval(-age) : nil, documentVersion: dated ? "1.\(random.below(9))" : nil,
                reviewDate: dated && random.chance(0.6) ? reportDate.addingTimeInterval(-age) : nil, text: "",
                revision: (previous?.revision ?? 0) + 1, supersedes: previous?.id, importedAt: reportDate))
            var linked = [reference]
            for _ in 0..<random.below(3) {
                let other = random.pick(hints).0
                if !linked.contains(other) { linked.append(other) }
            }
            for (rank, requirement) in linked.enumerated() {
                let status: EvidenceMatch.Status = rank == 0 || random.chance(0.6) ? .accepted : random.pick([.suggested, .rejected])
                matches.append(EvidenceMatch(evidenceID: id, requirement: requirement, confidence: 0.9 - Double(rank) * 0.2,
                                             reason: "keywords: \(document.lowercased())", status: status))
            }
        }
        return (items, matches)
    }
}
