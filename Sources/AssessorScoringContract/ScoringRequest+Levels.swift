/// The reading of answers every scorer shares, so the views differ only in their judgement.
extension ScoringRequest.QuestionInput {
    /// Scales whose answers measure how far a requirement is met.
    public static let scoredScales: Set<String> = ["conformity", "maturity", "yes_no"]

    /// Whether the answer measures the requirement (a fact such as a head count does not).
    public var isScored: Bool { Self.scoredScales.contains(scale) }

    /// "Not applicable" with a justification: left out of the denominator.
    public var isJustifiedNotApplicable: Bool {
        notApplicable && !justification.trimmingWhitespace().isEmpty
    }

    /// "Not applicable" without a justification: it counts as a gap until one is given.
    public var isUnjustifiedNotApplicable: Bool { notApplicable && !isJustifiedNotApplicable }
}

extension ScoringRequest.RequirementInput {
    /// The mean of the scored answers, 0 to 1: unanswered, "don't know" and unjustified "not
    /// applicable" count as 0. Nil when nothing scored was asked or every answer is justly not applicable.
    public var answeredLevel: Double? {
        let counted = questions.filter { $0.isScored && !$0.isJustifiedNotApplicable }
        guard !counted.isEmpty else { return nil }
        return counted.map { $0.isUnjustifiedNotApplicable ? 0 : $0.fraction ?? 0 }.reduce(0, +) / Double(counted.count)
    }

    /// Whether some answer is "not applicable" without the justification it needs.
    public var hasUnjustifiedNotApplicable: Bool { questions.contains { $0.isScored && $0.isUnjustifiedNotApplicable } }
}

extension String {
    /// Without leading and trailing spaces and line breaks (the contract module has no Foundation).
    func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[start...end]
    }
}
