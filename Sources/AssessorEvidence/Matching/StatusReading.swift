import AssessorCore

/// Reads the status a control table gives a control (`Yes`, `Partially implemented`, `N/A`) as an
/// answer: negative phrases are checked before positive ones, since "not implemented" contains
/// "implemented". An unknown status suggests nothing.
enum StatusReading {
    static func value(of status: String) -> AnswerValue? {
        let text = status.lowercased().trimmed
        if ["n/a", "na", "not applicable", "excluded", "exclude"].contains(where: { text == $0 || text.hasPrefix($0 + " ") })
            || text.contains("not applicable") {
            return .notApplicable
        }
        let notInPlace = ["not implemented", "not in place", "non-compliant", "noncompliant", "not compliant", "not started",
                          "missing", "not met", "gap", "absent"]
        if notInPlace.contains(where: text.contains) || ["no", "n", "false", "none"].contains(text) {
            return .conformity(.notInPlace)
        }
        if ["partial", "in progress", "ongoing", "started", "some"].contains(where: text.contains) {
            return .conformity(.partially)
        }
        if ["largely", "mostly"].contains(where: text.contains) { return .conformity(.largely) }
        let fully = ["implemented", "in place", "compliant", "complete", "done", "fully", "applied", "met"]
        if fully.contains(where: text.contains) || ["yes", "y", "true", "x", "✓"].contains(text) {
            return .conformity(.fully)
        }
        return nil
    }
}
