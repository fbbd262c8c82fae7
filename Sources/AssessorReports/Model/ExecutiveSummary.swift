import AssessorScoringContract

/// The first page: where the organisation stands, what stops certification, and what it will take.
/// Every figure comes from the readiness roll-up and the estimate, as `assessor score` and
/// `assessor estimate` print them.
public struct ExecutiveSummary: Codable, Sendable, Hashable {
    public var verdict: Verdict
    /// 0 to 1, all standards in scope together; nil when nothing scored was answered.
    public var overallReadiness: Double?
    /// Per standard, with its clauses and Annex A themes.
    public var readiness: [StandardScorecard]
    public var coverage: Coverage
    /// What else the reader must keep in mind (requirements a scorer left unscored, "not applicable"
    /// without a justification, the scorer the effort rests on).
    public var caveats: [String]
    /// Requirements whose likely finding would stop a Stage 1 audit.
    public var blockers: [Blocker]
    public var likelyFindings: FindingCounts
    public var effort: EffortSummary
    /// The cost estimate's totals.
    public var cost: CostTotals
    public var timeline: TimelinePlan

    public init(
        verdict: Verdict, overallReadiness: Double?, readiness: [StandardScorecard], coverage: Coverage, caveats: [String],
        blockers: [Blocker], likelyFindings: FindingCounts, effort: EffortSummary, cost: CostTotals, timeline: TimelinePlan
    ) {
        self.verdict = verdict
        self.overallReadiness = overallReadiness
        self.readiness = readiness
        self.coverage = coverage
        self.caveats = caveats
        self.blockers = blockers
        self.likelyFindings = likelyFindings
        self.effort = effort
        self.cost = cost
        self.timeline = timeline
    }

    /// Whether a Stage 1 or Stage 2 audit can be booked, as a stable level and a sentence.
    public struct Verdict: Codable, Sendable, Hashable {
        /// `not-ready`, `stage1-once-blockers-closed`, `ready-for-stage1` or `ready-for-stage2`.
        public var level: String
        /// What it means for the client, with the counts and the overall readiness.
        public var statement: String

        public init(level: String, statement: String) {
            self.level = level
            self.statement = statement
        }
    }

    /// How much of the questionnaire the numbers rest on, and what that means for them.
    public struct Coverage: Codable, Sendable, Hashable {
        /// 0 to 1: answered ÷ asked.
        public var fraction: Double
        /// Questions asked after skip logic, scoping included, and how many have an answer.
        public var asked: Int
        public var answered: Int
        public var dontKnow: Int
        public var notApplicable: Int
        /// Why the figures understate readiness; nil when every question asked is answered.
        public var caveat: String?

        public init(fraction: Double, asked: Int, answered: Int, dontKnow: Int, notApplicable: Int, caveat: String?) {
            self.fraction = fraction
            self.asked = asked
            self.answered = answered
            self.dontKnow = dontKnow
            self.notApplicable = notApplicable
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
        switch severity {
        case .blocker: return blockers
        case .major: return majors
        case .minor: return minors
        case .observation: return observations
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
