import AssessorCore
import AssessorStore

/// One decision on a match between an evidence item and a requirement, checked before anything is
/// written: the requirement must belong to one of the assessment's standards, and the item must be
/// in the file. Accepting also links an item to a requirement nobody suggested.
public struct EvidenceDecisionAction: Sendable {
    public let status: EvidenceMatch.Status
    /// The item as given: `3`, `#3`, a file name or a path.
    public let item: String
    public let requirement: RequirementReference

    public init(status: EvidenceMatch.Status, item: String, requirement: RequirementReference) {
        self.status = status
        self.item = item
        self.requirement = requirement
    }

    /// Records the decision in `assessment` (opened as a writer) by `person`; returns the line to show.
    public func run(on assessment: Assessment, by person: String) throws -> String {
        try checkRequirement(in: assessment)
        let (id, item) = try evidenceItem(in: assessment)
        try assessment.store.decide(evidence: id, requirement: requirement, status: status, by: person)
        return "\(status == .accepted ? "accepted" : "rejected") #\(id) \(TerminalSafe.escaped(item.fileName)) for \(requirement)"
    }

    /// The latest item named so, by number, file name or path.
    private func evidenceItem(in assessment: Assessment) throws -> (Int64, EvidenceItem) {
        let named = item.hasPrefix("#") ? String(item.dropFirst()) : item
        let items = try assessment.store.evidence()
        guard let found = items.last(where: { "\($0.id ?? -1)" == named || $0.fileName == named || $0.path == named }),
              let id = found.id else {
            let file = assessment.store.url.relativePath
            throw ActionFailure("no evidence item '\(item)' in \(file)", remedy: .listEvidence(file: file))
        }
        return (id, found)
    }

    private func checkRequirement(in assessment: Assessment) throws(ActionFailure) {
        let standards = assessment.profile.standards
        let file = assessment.store.url.relativePath
        guard standards.contains(requirement.module), let module = assessment.catalog.module(requirement.module) else {
            throw ActionFailure("\(requirement) is not in the scope of \(file) (its standards: "
                                + "\(standards.joined(separator: ", ")))", remedy: .advice("name a requirement of one of them"))
        }
        guard module.requirement(requirement.requirement) == nil else { return }
        // A hint only among ids of the same kind (A.5.1 for A.5.91, not 4.1 for Z.9).
        let kind = { (id: String) in id.prefix { $0 != "." } }
        let ids = Set(module.requirements.map(\.id).filter { kind($0) == kind(requirement.requirement) })
        let hint = KeySuggestion.closest(to: requirement.requirement, in: ids).map { "did you mean \(requirement.module):\($0)?" }
            ?? "ids look like \(module.requirements.first.map { "\(requirement.module):\($0.id)" } ?? "module:id");"
        throw ActionFailure("no requirement \(requirement) in \(requirement.module)", remedy: .nameRequirement(file: file, hint: hint))
    }
}
