/// An audit-time table by head count and AI role (ISO/IEC 42006 for ISO/IEC 42001): initial audit
/// days for each role in the rows published or quoted, and a derived rule beyond the last row.
public struct RoleAuditTable: Codable, Sendable {
    public struct Row: Codable, Sendable, HeadCountBand {
        public var upTo: Int?
        public var days: RoleDays

        enum CodingKeys: String, CodingKey { case upTo = "up_to", days }
    }

    /// Beyond the last row: a head-count table's days for the same head count times a factor per role.
    public struct Beyond: Codable, Sendable {
        /// A key of ``AuditTimeSettings/tables``.
        public var table: String
        public var factors: RoleDays
        public var source: String
        public var status: SourceStatus
    }

    public var title: String
    public var source: String
    public var status: SourceStatus
    public var rows: [Row]
    public var beyondLastRow: Beyond

    enum CodingKeys: String, CodingKey { case title, source, status, rows, beyondLastRow = "beyond_last_row" }

    /// The initial audit days for a head count and role: the row's value, or beyond the last row the
    /// base table's days times the role's factor, rounded by `rules`. Nil when the base table is missing.
    func initialDays(
        headCount: Int, role: AIRole, tables: [String: AuditTimeTable], rules: AuditRules
    ) -> TableReading? {
        let headCount = max(1, headCount)
        if let (row, band) = rows.labelledBand(for: headCount) {
            return TableReading(days: row.days[role], band: band,
                                basis: Basis(source: "\(title), \(band) AI-related persons, \(role.rawValue) (\(source))", status: status))
        }
        guard let base = tables[beyondLastRow.table] else { return nil }
        let read = base.initialDays(headCount: headCount)
        let factor = beyondLastRow.factors[role]
        return TableReading(
            days: rules.round(read.days * factor), band: read.band,
            basis: Basis(source: "\(title), \(read.band) AI-related persons, \(role.rawValue): \(NumberText.short(read.days)) days of "
                         + "the \(base.title) × \(NumberText.short(factor)), nearest \(NumberText.short(rules.rounding.value)) day "
                         + "(\(beyondLastRow.source))", status: read.basis.status.weaker(beyondLastRow.status)))
    }
}

/// What a table gives for a head count: the initial audit days, the band read, and where the figure comes from.
public struct TableReading: Sendable, Hashable {
    public var days: Double
    public var band: String
    public var basis: Basis
}
