import AssessorScoringContract

/// The first page: where the organisation stands, what stops certification, and what it will take.
/// Fields that come from the estimate (verdict, readiness, coverage, effort, cost, timeline) are nil
/// or empty when no estimate was made; writers then say "not estimated".
public struct ExecutiveSummary: Codable, Sendable, Hashable {
    public var verdict: Verdict?
    /// 0 to 1, all standards in scope together.
    public var overallReadiness: Double?
    /// Per standard, with its clauses and Annex A themes.
    public var readiness: [StandardReadiness]
    public var coverage: Coverage?
    /// Requirements whose likely finding would stop a Stage 1 audit.
    public var blockers: [Blocker]
    public var likelyFindings: FindingCounts
    /// Person-days of work to close the gaps.
    public var effort: EstimateRange?
    /// Total cost (the cost estimate's total).
    public var cost: MoneyRange?
    public var timeline: Timeline?

    public init(
        verdict: Verdict? = nil, overallReadiness: Double? = nil, readiness: [StandardReadiness] = [],
        coverage: Coverage? = nil, blockers: [Blocker] = [], likelyFindings: FindingCounts = FindingCounts(),
        effort: EstimateRange? = nil, cost: MoneyRange? = nil, timeline: Timeline? = nil
    ) {
        self.verdict = verdict
        self.overallReadiness = overallReadiness
        self.readiness = readiness
        self.coverage = coverage
        self.blockers = blockers
        self.likelyFindings = likelyFindings
        self.effort = effort
        self.cost = cost
        self.timeline = timeline
    }

    /// The verdict in a word and in a sentence.
    public struct Verdict: Codable, Sendable, Hashable {
        /// A short, stable rating (`ready`, `nearly-ready`, `not-ready`), for styling and sorting.
        public var rating: String
        /// What it means, in one or two sentences.
        public var statement: String

        public init(rating: String, statement: String) {
            self.rating = rating
            self.statement = statement
        }
    }

    /// How much of the assessment the numbers rest on, and what that means for them.
    public struct Coverage: Codable, Sendable, Hashable {
        /// 0 to 1: the share of requirements in scope with an answer.
        public var fraction: Double
        public var caveat: String

        public init(fraction: Double, caveat: String) {
            self.fraction = fraction
            self.caveat = caveat
        }
    }

    /// A requirement whose gap would stop a Stage 1 audit.
    public struct Blocker: Codable, Sendable, Hashable {
        public var standard: String
        public var requirement: String
        public var title: String
        public var finding: String

        public init(standard: String, requirement: String, title: String, finding: String) {
            self.standard = standard
            self.requirement = requirement
            self.title = title
            self.finding = finding
        }
    }

    /// How many requirements would likely draw each kind of finding.
    public struct FindingCounts: Codable, Sendable, Hashable {
        public var blockers: Int
        public var majors: Int
        public var minors: Int
        public var observations: Int

        public init(blockers: Int = 0, majors: Int = 0, minors: Int = 0, observations: Int = 0) {
            self.blockers = blockers
            self.majors = majors
            self.minors = minors
            self.observations = observations
        }

        /// The count of one severity.
        public subscript(severity: Severity) -> Int {
            get {
                switch severity {
                case .blocker: return blockers
                case .major: return majors
                case .minor: return minors
                case .observation: return observations
                }
            }
            set {
                switch severity {
                case .blocker: blockers = newValue
                case .major: majors = newValue
                case .minor: minors = newValue
                case .observation: observations = newValue
                }
            }
        }
    }
}

/// How serious a likely finding is: the scoring contract's severities, worst first.
public typealias Severity = ScoringResponse.Finding.Severity

extension Severity {
    /// How it reads in a report.
    public var label: String {
        switch self {
        case .blocker: return "Blocker"
        case .major: return "Major"
        case .minor: return "Minor"
        case .observation: return "Observation"
        }
    }
}
