import AssessorEstimate

/// What certification will cost, line by line, up to the certificate and over the 3-year cycle,
/// each line with its assumption and how far its source can be trusted.
public struct CostBreakdown: Codable, Sendable, Hashable {
    /// The sums of the lines.
    public var total: CostTotals
    public var lines: [CostLine]
    /// Every assumption of the estimate (scope, audit time, effort, rates, timeline), with its source.
    public var assumptions: [Assumption]

    public init(total: CostTotals, lines: [CostLine], assumptions: [Assumption]) {
        self.total = total
        self.lines = lines
        self.assumptions = assumptions
    }

    /// One cost item.
    public struct CostLine: Codable, Sendable, Hashable {
        /// Stable: `audits`, `travel`, `fees`, `internal-remediation`, `internal-audits-and-running`,
        /// `consultancy`, `training`, `tooling`.
        public var id: String
        public var item: String
        /// Closing the gaps and the initial certification audit.
        public var toCertificate: EstimateRange
        /// Up to the certificate, then two years of surveillance and the recertification audit.
        public var cycle: EstimateRange
        /// How the amount is computed, with its numbers (`22 auditor-days ... at 1,200-2,500 a day`).
        public var assumption: String
        public var source: String
        /// `published`, `rule`, `cb-practice`, `derived` or `estimate`.
        public var status: String

        public init(
            id: String, item: String, toCertificate: EstimateRange, cycle: EstimateRange, assumption: String, source: String,
            status: String
        ) {
            self.id = id
            self.item = item
            self.toCertificate = toCertificate
            self.cycle = cycle
            self.assumption = assumption
            self.source = source
            self.status = status
        }
    }

    /// An assumption behind the figures.
    public struct Assumption: Codable, Sendable, Hashable {
        /// `scope`, `audit time`, `effort`, `cost`, `timeline`.
        public var topic: String
        public var text: String
        public var source: String
        /// `published`, `rule`, `cb-practice`, `derived` or `estimate`.
        public var status: String

        public init(topic: String, text: String, source: String, status: String) {
            self.topic = topic
            self.text = text
            self.source = source
            self.status = status
        }
    }
}

/// The cost in one currency, up to the certificate and over the whole 3-year cycle.
public struct CostTotals: Codable, Sendable, Hashable {
    /// ISO 4217 code (`USD`).
    public var currency: String
    public var toCertificate: EstimateRange
    public var cycle: EstimateRange

    public init(currency: String, toCertificate: EstimateRange, cycle: EstimateRange) {
        self.currency = currency
        self.toCertificate = toCertificate
        self.cycle = cycle
    }
}
