import AssessorEvidence

/// What an import reports as it goes, in order, for the front end to show.
public enum ImportEvent: Sendable {
    /// About to read a window of files; `done` files are behind, of `total`.
    case progress(done: Int, total: Int, next: String)
    /// A file became a new item.
    case imported(path: String, id: Int64, matches: Int, best: String?)
    /// A changed file at a known path became a new revision of `previous`.
    case revised(path: String, id: Int64, previous: Int64, matches: Int, best: String?)
    /// The same bytes were imported before.
    case unchanged(path: String, id: Int64)
    /// A file (or a path given) could not be imported; the others go on.
    case failed(String)
}
