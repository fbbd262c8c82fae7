import AssessorCore

/// The person-days to close one requirement's gap.
public struct RequirementEffort: Codable, Sendable, Hashable {
    public var standard: String
    public var requirement: String
    public var title: String
    /// The clause (`9`) or Annex A theme (`A.5`).
    public var section: String
    /// `clause` or `control`.
    public var kind: String
    public var work: WorkKind
    public var gap: GapSize
    public var score: Double
    /// Before sharing: the profile's days for the work and gap, times the size factor.
    public var fullDays: Double
    /// After sharing: shared harmonized-structure work already built for another standard (or by a
    /// certified system) costs only the shared-work factor.
    public var days: Double
    /// The questions whose work is shared, and with what.
    public var sharedQuestions: [String]
    public var sharedWith: String?

    /// `fullDays - days`.
    public var savedDays: Double { fullDays - days }
}

/// Person-days summed over a group (a standard, a clause, a kind of work).
public struct EffortTotal: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    /// After sharing.
    public var days: Double
    /// What sharing saved.
    public var savedDays: Double
    /// Days by standard, for groups spanning several (a clause of the harmonized structure).
    public var byStandard: [String: Double]

    init(id: String, title: String, items: [RequirementEffort]) {
        self.id = id
        self.title = title
        days = Self.rounded(items.map(\.days).reduce(0, +))
        savedDays = Self.rounded(items.map(\.savedDays).reduce(0, +))
        byStandard = Dictionary(grouping: items, by: \.standard).mapValues { Self.rounded($0.map(\.days).reduce(0, +)) }
    }

    /// To a tenth of a day, so that totals print and compare stably.
    static func rounded(_ days: Double) -> Double { (days * 10).rounded() / 10 }
}
