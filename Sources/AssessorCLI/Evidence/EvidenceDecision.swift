import AssessorCore
import AssessorInterview
import AssessorStore

/// `assessor evidence FILE accept|reject ITEM REQUIREMENT`: one decision on a match, checked before
/// anything is written: the requirement must belong to one of the assessment's standards, and the
/// item must be in the file.
struct EvidenceDecision {
    let status: EvidenceMatch.Status
    /// The item as given: `3`, `#3`, a file name or a path.
    let item: String
    let requirement: RequirementReference

    /// Records the decision in `assessment` (opened as a writer) by `person`; returns the line to print.
    func apply(to assessment: OpenAssessment, file: String, by person: String) throws -> String {
        try checkRequirement(in: assessment, file: file)
        let (id, item) = try evidenceItem(in: assessment.store, file: file)
        try assessment.store.decide(evidence: id, requirement: requirement, status: status, by: person)
        return "\(status == .accepted ? "accepted" : "rejected") #\(id) \(item.fileName) for \(requirement)"
    }

    /// The latest item named so, by number, file name or path.
    private func evidenceItem(in store: AssessmentStore, file: String) throws -> (Int64, EvidenceItem) {
        let named = item.hasPrefix("#") ? String(item.dropFirst()) : item
        let items = try store.evidence()
        guard let found = items.last(where: { "\($0.id ?? -1)" == named || $0.fileName == named || $0.path == named }),
              let id = found.id else {
            throw CommandFailure("no evidence item '\(item)' in \(file); 'assessor evidence \(file)' lists them")
        }
        return (id, found)
    }

    private func checkRequirement(in assessment: OpenAssessment, file: String) throws {
        let standards = assessment.profile.standards
        guard standards.contains(requirement.module), let module = assessment.catalog.module(requirement.module) else {
            throw CommandFailure("\(requirement) is not in the scope of \(file) (its standards: "
                                 + "\(standards.joined(separator: ", "))); name a requirement of one of them")
        }
        guard module.requirement(requirement.requirement) == nil else { return }
        // A hint only among ids of the same kind (A.5.1 for A.5.91, not 4.1 for Z.9).
        let kind = { (id: String) in id.prefix { $0 != "." } }
        let ids = Set(module.requirements.map(\.id).filter { kind($0) == kind(requirement.requirement) })
        let hint = KeySuggestion.closest(to: requirement.requirement, in: ids).map { "did you mean \(requirement.module):\($0)?" }
            ?? "ids look like \(module.requirements.first.map { "\(requirement.module):\($0.id)" } ?? "module:id");"
        throw CommandFailure("no requirement \(requirement) in \(requirement.module); \(hint) "
                             + "'assessor evidence \(file)' lists each item's suggested matches")
    }
}
