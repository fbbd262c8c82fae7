/// How ready one standard is, overall and per clause (4 to 10) and Annex A theme: the roll-up
/// `assessor score` prints.
public struct StandardScorecard: Codable, Sendable, Hashable {
    /// The module id (`iso27001`).
    public var standard: String
    /// `ISO/IEC 27001`.
    public var title: String
    /// The whole standard (`kind` `standard`).
    public var overall: SectionReadiness
    /// Clauses first, then Annex A themes.
    public var sections: [SectionReadiness]
    /// Its scored questions asked after skip logic, and how many are answered.
    public var questionsAsked: Int
    public var questionsAnswered: Int

    public init(
        standard: String, title: String, overall: SectionReadiness, sections: [SectionReadiness], questionsAsked: Int,
        questionsAnswered: Int
    ) {
        self.standard = standard
        self.title = title
        self.overall = overall
        self.sections = sections
        self.questionsAsked = questionsAsked
        self.questionsAnswered = questionsAnswered
    }

    /// The standard's readiness, 0 to 1; nil when nothing in it was scored.
    public var readiness: Double? { overall.readiness }
}

/// One standard, clause or Annex A theme.
public struct SectionReadiness: Codable, Sendable, Hashable {
    /// `4`, `A.5`, or the standard's id.
    public var id: String
    public var title: String
    /// `clause`, `theme` or `standard`.
    public var kind: String
    /// 0 to 1, weighted by requirement weight; nil when nothing in it was scored.
    public var readiness: Double?
    /// Requirements that count (scored), and of them the ones fully met.
    public var scored: Int
    public var met: Int
    /// Likely Stage 1 blockers, major and minor nonconformities in it.
    public var blockers: Int
    public var majors: Int
    public var minors: Int

    public init(
        id: String, title: String, kind: String, readiness: Double?, scored: Int, met: Int, blockers: Int, majors: Int,
        minors: Int
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.readiness = readiness
        self.scored = scored
        self.met = met
        self.blockers = blockers
        self.majors = majors
        self.minors = minors
    }
}
