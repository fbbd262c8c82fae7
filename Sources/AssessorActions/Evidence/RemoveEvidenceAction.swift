import AssessorCore
import AssessorStore

/// Removes an evidence item (named by its id, `3` or `#3`) from the current evidence, with the
/// earlier revisions it replaced; the rows stay in the file as history. Nothing of the item is
/// read first, so a damaged item, which no listing can show, can be removed by the id its error names.
public struct RemoveEvidenceAction: Sendable {
    /// The item as given: `3` or `#3`.
    public let item: String

    public init(item: String) {
        self.item = item
    }

    /// Removes the item from `assessment` (opened as a writer) on behalf of `person`; returns the line to show.
    public func run(on assessment: Assessment, by person: String) throws -> String {
        let file = assessment.store.url.relativePath
        guard let id = Int64(item.hasPrefix("#") ? String(item.dropFirst()) : item) else {
            throw ActionFailure("'\(TerminalSafe.escaped(item))' is not an evidence item id", remedy: .listEvidence(file: file))
        }
        let removed = try assessment.store.removeEvidence(id, by: person)
        let earlier = removed.count - 1
        return "removed #\(id)" + (earlier > 0 ? " and \(earlier) earlier revision\(earlier == 1 ? "" : "s")" : "")
            + " from the current evidence of \(file); the history keeps \(removed.count == 1 ? "it" : "them")"
    }
}
