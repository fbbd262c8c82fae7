/// How ready one standard is, overall and per clause (4 to 10) and Annex A theme.
public struct StandardReadiness: Codable, Sendable, Hashable {
    /// The module id (`iso27001`).
    public var standard: String
    /// `ISO/IEC 27001`.
    public var title: String
    /// 0 to 1; nil when nothing scored was answered.
    public var readiness: Double?
    public var sections: [SectionReadiness]

    public init(standard: String, title: String, readiness: Double?, sections: [SectionReadiness]) {
        self.standard = standard
        self.title = title
        self.readiness = readiness
        self.sections = sections
    }

    /// One clause or Annex A theme.
    public struct SectionReadiness: Codable, Sendable, Hashable {
        /// `4`, `A.5`.
        public var id: String
        public var title: String
        /// `clause` or `theme`.
        public var kind: String
        /// 0 to 1; nil when nothing in it was scored.
        public var readiness: Double?

        public init(id: String, title: String, kind: String, readiness: Double?) {
            self.id = id
            self.title = title
            self.kind = kind
            self.readiness = readiness
        }
    }
}
