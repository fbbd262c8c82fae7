/// The readiness of a group of requirements (a clause, an Annex A theme, a standard): the weighted
/// mean of the scores of the requirements that count, and their findings.
public struct SectionScore: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    /// `clause`, `theme` or `standard`.
    public var kind: String
    /// 0 to 1, weighted by requirement weight; nil when no requirement in it counts.
    public var score: Double?
    /// Requirements that count (scored), and of them the ones fully met.
    public var scored: Int
    public var met: Int
    /// Requirements left out (not applicable with a justification, or not asked).
    public var leftOut: Int
    public var blockers: Int
    public var majors: Int
    public var minors: Int

    init(id: String, title: String, kind: String, requirements: [RequirementResult]) {
        self.id = id
        self.title = title
        self.kind = kind
        let counted = requirements.filter { $0.score != nil }
        score = Self.weightedMean(counted)
        scored = counted.count
        met = counted.filter { ($0.score ?? 0) >= 1 - 1e-9 }.count
        leftOut = requirements.count - counted.count
        blockers = requirements.filter { $0.finding?.severity == .blocker }.count
        majors = requirements.filter { $0.finding?.severity == .major }.count
        minors = requirements.filter { $0.finding?.severity == .minor }.count
    }

    /// The weighted mean score, rounded to 4 decimals so that output stays stable; nil without weight.
    static func weightedMean(_ requirements: [RequirementResult]) -> Double? {
        let weight = requirements.map(\.weight).reduce(0, +)
        guard weight > 0 else { return nil }
        let sum = requirements.map { $0.weight * ($0.score ?? 0) }.reduce(0, +)
        return ((sum / weight) * 10_000).rounded() / 10_000
    }
}

/// The readiness of one standard, with its clauses and Annex A themes.
public struct StandardReadiness: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var summary: SectionScore
    public var clauses: [SectionScore]
    public var themes: [SectionScore]
    /// Its scored questions asked after skip logic, and how many are answered.
    public var questionsAsked: Int
    public var questionsAnswered: Int
}
