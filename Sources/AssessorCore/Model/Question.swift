/// One question of a questionnaire module.
public struct Question: Sendable, Hashable, Codable {
    /// Globally unique (`iso42001.A.6.2.2.q1`, `hs.9.2.1.q1`, `scope.employees`).
    public var id: String
    /// The module that defines it.
    public var module: String
    /// What is asked; `{system}` stands for the management system(s) in scope.
    public var prompt: String
    public var guidance: Guidance
    public var scale: AnswerScale
    /// Whether "not applicable" (with a justification) is an allowed answer.
    public var allowsNotApplicable: Bool
    /// Ask only when this holds (skip logic); otherwise the question is recorded as not asked.
    public var dependsOn: Condition?
    /// Ask only when one of these standards is in the assessment; empty means always.
    public var inScope: [String]
    public var evidence: EvidenceHints

    public init(
        id: String, module: String, prompt: String, guidance: Guidance = Guidance(), scale: AnswerScale,
        allowsNotApplicable: Bool = false, dependsOn: Condition? = nil, inScope: [String] = [],
        evidence: EvidenceHints = EvidenceHints()
    ) {
        self.id = id
        self.module = module
        self.prompt = prompt
        self.guidance = guidance
        self.scale = scale
        self.allowsNotApplicable = allowsNotApplicable
        self.dependsOn = dependsOn
        self.inScope = inScope
        self.evidence = evidence
    }

    /// The prompt with `{system}` replaced by the name of the management system(s) in scope.
    public func prompt(system: String) -> String {
        prompt.replacingOccurrences(of: "{system}", with: system)
    }
}

/// Help for the interviewer: what good looks like, and what a typical gap looks like.
public struct Guidance: Sendable, Hashable, Codable {
    public var good: String
    public var gap: String

    public init(good: String = "", gap: String = "") {
        self.good = good
        self.gap = gap
    }

    public var isEmpty: Bool { good.isEmpty && gap.isEmpty }
}

/// What evidence answers the question: typical documents and records, and keywords to find them by.
public struct EvidenceHints: Sendable, Hashable, Codable {
    public var documents: [String]
    public var keywords: [String]

    public init(documents: [String] = [], keywords: [String] = []) {
        self.documents = documents
        self.keywords = keywords
    }
}
