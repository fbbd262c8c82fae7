/// How far a figure can be trusted: the status labels of the reference data, from a normative
/// table down to a planning assumption.
public enum SourceStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// A value from a normative accreditation table (IAF MD 5, ISO/IEC 27006).
    case published
    /// A rule of IAF MD 5 / MD 1 / MD 11 or ISO/IEC 27006, as accreditation bodies state it.
    case rule
    /// What one or more certification bodies do; not normative.
    case cbPractice = "cb-practice"
    /// Computed from published values with a stated rule.
    case derived
    /// A planning assumption from secondary sources; replace it with a real quote.
    case estimate

    /// `[PUBLISHED]`, `[CB-PRACTICE]`.
    public var label: String { "[\(rawValue.uppercased())]" }

    /// The weaker of two statuses: a figure computed from several is only as strong as its weakest input.
    public func weaker(_ other: SourceStatus) -> SourceStatus {
        let order = Self.allCases
        return order.firstIndex(of: self)! >= order.firstIndex(of: other)! ? self : other
    }
}

/// Where a figure comes from and how far it can be trusted.
public struct Basis: Codable, Sendable, Hashable {
    public var source: String
    public var status: SourceStatus

    public init(source: String, status: SourceStatus) {
        self.source = source
        self.status = status
    }
}
