import AssessorCore

/// The evidence linked to, or suggested for, the requirements a question counts for: the latest
/// revision of each file, linked ones first, then suggestions by confidence. Dismissed ones are left out.
struct RequirementEvidence {
    struct Entry {
        var item: EvidenceItem
        var match: EvidenceMatch
    }

    let entries: [Entry]

    init(_ evidence: AssessmentEvidence, for requirements: [RequirementReference]) {
        let wanted = Set(requirements)
        let found = evidence.currentMatches.filter { wanted.contains($0.requirement) && $0.status != .rejected }
            .compactMap { match in evidence.item(match.evidenceID).map { Entry(item: $0, match: match) } }
        entries = found.sorted {
            ($0.match.status == .accepted ? 0 : 1, -$0.match.confidence) < ($1.match.status == .accepted ? 0 : 1, -$1.match.confidence)
        }
    }

    var linked: [Entry] { entries.filter { $0.match.status == .accepted } }
    var suggested: [Entry] { entries.filter { $0.match.status == .suggested } }

    /// One line for the question screen; nil when there is no evidence at all.
    var summary: String? {
        guard !entries.isEmpty else { return nil }
        let names = linked.map(\.item.fileName)
        let linkedText = names.isEmpty ? "none linked" : "linked: " + names.joined(separator: ", ")
        let suggestedText = suggested.isEmpty ? "" : " · \(suggested.count) suggested (:evidence to review)"
        return "Evidence: \(linkedText)\(suggestedText)"
    }
}
