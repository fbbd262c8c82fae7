import AssessorCore

/// The answers imported evidence suggests (a Statement of Applicability, a gap assessment) that
/// nobody has taken or dismissed yet, by question, each with the name of the file it came from.
/// Suggestions read from an older revision of a file are left out: its current revision speaks.
public struct PendingSuggestions: Sendable {
    /// One suggestion and the evidence file it was read from.
    public struct Entry: Sendable, Hashable {
        public var suggestion: AnswerSuggestion
        public var file: String

        /// `fully, from soa.xlsx at SoA!C3: Yes (A.5.15)`, with the justification when there is one.
        public var summary: String {
            let justification = suggestion.justification.isEmpty ? "" : "; justification: \(suggestion.justification)"
            return "\(suggestion.value.text), from \(file) at \(suggestion.source)\(justification)"
        }

        /// The answer taking it records: origin imported from the file, the source in the note.
        public var answer: Answer { suggestion.answer(from: file) }
    }

    private var byQuestion: [String: [Entry]]

    /// The pending suggestions of `evidence`, in the order they were imported.
    public init(_ evidence: AssessmentEvidence) {
        let current = evidence.pendingSuggestions.compactMap { suggestion in
            evidence.item(suggestion.evidenceID).map { Entry(suggestion: suggestion, file: $0.fileName) }
        }
        byQuestion = Dictionary(grouping: current, by: \.suggestion.questionID)
    }

    /// The suggestions for one question, numbered from 1 on screen in this order.
    public func at(_ questionID: String) -> [Entry] { byQuestion[questionID] ?? [] }

    /// The questions that have at least one pending suggestion.
    public var questionIDs: Set<String> { Set(byQuestion.keys) }

    /// Forgets one suggestion once it is taken or dismissed.
    mutating func remove(_ entry: Entry) {
        let questionID = entry.suggestion.questionID
        byQuestion[questionID]?.removeAll { $0 == entry }
        if byQuestion[questionID]?.isEmpty == true { byQuestion[questionID] = nil }
    }
}
