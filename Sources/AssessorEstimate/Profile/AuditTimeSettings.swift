/// The audit-time tables, which table each standard uses, and the rules applied to them.
public struct AuditTimeSettings: Codable, Sendable {
    /// Head-count tables (`qms`, `isms`).
    public var tables: [String: AuditTimeTable]
    /// Tables by head count and AI role (`aims`).
    public var roleTables: [String: RoleAuditTable]
    /// Complexity factors a standard's audit time may be adjusted by (`isms`).
    public var complexityFactors: [String: ComplexityFactors]
    public var standards: [String: StandardAuditBasis]
    public var rules: AuditRules

    enum CodingKeys: String, CodingKey {
        case tables, roleTables = "role_tables", complexityFactors = "complexity_factors", standards, rules
    }
}

/// Which table a standard's audit time comes from, and how it is adjusted.
public struct StandardAuditBasis: Codable, Sendable {
    /// `ISO/IEC 27001`: names the standard when its certificate is held outside the assessment.
    public var title: String
    /// A key of ``AuditTimeSettings/tables`` (`qms`, `isms`), read at the effective personnel.
    public var table: String?
    /// A key of ``AuditTimeSettings/roleTables`` (`aims`), read at the AI-related head count and the AI role.
    /// Exactly one of `table` and `roleTable` is set.
    public var roleTable: String?
    /// A planning adjustment on the table value (1 = the table value; at least 0.7, IAF MD 5's 30 % cap).
    public var adjustment: Double
    /// A key of ``AuditTimeSettings/complexityFactors`` whose factors apply, from the scoping answers.
    public var complexityFactors: String?
    /// Set when the table is a proxy for a standard it was not made for, saying why.
    public var proxy: String?
    /// Where the surveillance and recertification shares come from for this standard (a rule for QMS,
    /// certification-body practice elsewhere).
    public var cycleBasis: Basis
    public var source: String
    public var status: SourceStatus

    enum CodingKeys: String, CodingKey {
        case title, table, roleTable = "role_table", adjustment, complexityFactors = "complexity_factors", proxy
        case cycleBasis = "cycle_basis", source, status
    }
}

/// Business and IT complexity factors on a table value, by the level answered in scoping.
public struct ComplexityFactors: Codable, Sendable {
    /// The change to the table value at each level (-0.1: 10 % less).
    public struct Levels: Codable, Sendable, Hashable {
        public var low: Double
        public var medium: Double
        public var high: Double

        public subscript(_ level: ComplexityLevel) -> Double {
            switch level {
            case .low: return low
            case .medium: return medium
            case .high: return high
            }
        }

        var all: [(key: String, value: Double)] { [("low", low), ("medium", medium), ("high", high)] }
    }

    public var title: String
    public var source: String
    public var status: SourceStatus
    public var business: Levels
    public var it: Levels

    public var basis: Basis { Basis(source: source, status: status) }
}
