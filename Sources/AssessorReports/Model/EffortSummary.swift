/// Person-days to close every gap, as `assessor estimate` works them out: one figure (the effort
/// model has no range; the cost's range comes from the day rates).
public struct EffortSummary: Codable, Sendable, Hashable {
    /// All standards together, after sharing.
    public var personDays: Double
    /// What doing shared harmonized-structure work once saves over each standard on its own.
    public var savedBySharing: Double
    /// Per standard, in the assessment's order.
    public var byStandard: [StandardEffort]

    public init(personDays: Double, savedBySharing: Double, byStandard: [StandardEffort]) {
        self.personDays = personDays
        self.savedBySharing = savedBySharing
        self.byStandard = byStandard
    }

    /// The person-days of one standard.
    public struct StandardEffort: Codable, Sendable, Hashable {
        public var standard: String
        public var personDays: Double

        public init(standard: String, personDays: Double) {
            self.standard = standard
            self.personDays = personDays
        }
    }
}
