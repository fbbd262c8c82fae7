import AssessorCore

/// Why an action could not be carried out, when the reason is the action's own (an unknown
/// standard, a scorer that failed) rather than a library's error, which actions pass on as thrown.
public struct ActionFailure: ExplainedError, Equatable {
    public var summary: String
    public var remedy: Remedy?

    public init(_ summary: String, remedy: Remedy? = nil) {
        self.summary = summary
        self.remedy = remedy
    }
}
