/// The audit days of the 3-year cycle as a table a report can print: one row per standard audited on
/// its own, one per standard after the integrated-audit reduction (IAF MD 11) when there is one, and
/// the totals for the assessment; one column per audit. Every row and column carries its label.
public struct AuditDayTable: Codable, Sendable, Hashable {
    /// An audit of the cycle: `stage1`, `stage2`, `surveillance-1`, `surveillance-2`, `recertification`.
    public struct Column: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
    }

    public struct Cell: Codable, Sendable, Hashable {
        public var days: Double
        /// For a certificate already held: its own cycle audit at this visit; nil otherwise.
        public var audit: CycleAudit?
    }

    public struct Row: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable, CaseIterable {
            /// One standard audited on its own.
            case separate
            /// One standard's part of the integrated audits.
            case integrated
            /// The standards of the assessment, audited separately / integrated.
            case totalSeparate = "total-separate"
            case totalIntegrated = "total-integrated"
        }

        public var kind: Kind
        /// The module id; nil for totals.
        public var standard: String?
        /// `ISO/IEC 27001`, `ISO/IEC 27001, integrated`, `Separately`, `Integrated`.
        public var label: String
        /// What the reader must know about the row (held certificate, proxy, outside the assessment); empty when nothing.
        public var note: String
        /// One per column, in the columns' order.
        public var cells: [Cell]
        public var total: Double
        public var basis: Basis
    }

    public static let columns = [
        Column(id: "stage1", title: "Stage 1"), Column(id: "stage2", title: "Stage 2"),
        Column(id: "surveillance-1", title: "Surveillance 1"), Column(id: "surveillance-2", title: "Surveillance 2"),
        Column(id: "recertification", title: "Recertification"),
    ]

    public var columns: [Column]
    public var rows: [Row]
    /// The IAF MD 11 reduction of each visit where two or more standards are audited together.
    public var reductions: [AuditReduction]

    init(times: [StandardAuditTime], integrated: IntegratedCycles, separate: AuditCycle, cycle: AuditCycle, basis: Basis) {
        columns = Self.columns
        reductions = integrated.reductions
        var rows = times.map { Self.row(.separate, $0, cycle: $0.cycle) }
        if !integrated.reductions.isEmpty {
            rows += times.map { Self.row(.integrated, $0, cycle: integrated.cycles[$0.standard] ?? $0.cycle) }
        }
        if times.count > 1 {
            let status = times.map(\.basis.status).reduce(SourceStatus.published) { $0.weaker($1) }
            rows.append(Row(kind: .totalSeparate, standard: nil, label: "Separately", note: "", cells: Self.cells(separate, own: nil),
                            total: separate.total, basis: Basis(source: "the rows above, this assessment's standards", status: status)))
            if !integrated.reductions.isEmpty {
                rows.append(Row(kind: .totalIntegrated, standard: nil, label: "Integrated", note: "", cells: Self.cells(cycle, own: nil),
                                total: cycle.total, basis: Basis(source: basis.source, status: status.weaker(basis.status))))
            }
        }
        self.rows = rows
    }

    private static func row(_ kind: Row.Kind, _ time: StandardAuditTime, cycle: AuditCycle) -> Row {
        var notes: [String] = []
        if let next = time.certificate.nextAudit { notes.append("certified, \(next.title.lowercased()) due next") }
        if !time.inAssessment { notes.append("outside the assessment: counted in the combined audits, not in the cost") }
        if time.proxy != nil { notes.append("proxy table") }
        return Row(kind: kind, standard: time.standard, label: time.title + (kind == .integrated ? ", integrated" : ""),
                   note: notes.joined(separator: "; "), cells: cells(cycle, own: time.ownAudits), total: cycle.total, basis: time.basis)
    }

    private static func cells(_ cycle: AuditCycle, own: [CycleAudit]?) -> [Cell] {
        let days = [cycle.stage1, cycle.stage2, cycle.surveillance1, cycle.surveillance2, cycle.recertification]
        // A held certificate has no Stage 1; its audit at the first visit sits with Stage 2.
        let audits: [CycleAudit?] = own.map { [nil] + $0.map(Optional.some) } ?? Array(repeating: nil, count: days.count)
        return zip(days, audits).map { Cell(days: $0, audit: $1) }
    }
}
