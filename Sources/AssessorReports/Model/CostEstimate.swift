/// What certification will cost, line by line, with what each figure assumes.
public struct CostEstimate: Codable, Sendable, Hashable {
    /// The sum of the lines.
    public var total: MoneyRange
    public var lines: [CostLine]
    /// Assumptions behind the estimate as a whole (day rates, audit-time table, travel).
    public var assumptions: [String]

    public init(total: MoneyRange, lines: [CostLine], assumptions: [String]) {
        self.total = total
        self.lines = lines
        self.assumptions = assumptions
    }

    /// One cost item.
    public struct CostLine: Codable, Sendable, Hashable {
        /// `Stage 1 and Stage 2 audit (ISO/IEC 27001)`.
        public var item: String
        /// `certification`, `internal effort`, `consultancy`, `tooling`, `training`.
        public var category: String
        public var low: Double
        public var likely: Double
        public var high: Double
        /// What the figure assumes (`7.5 auditor-days at EUR 1,400`).
        public var assumption: String

        public init(item: String, category: String, low: Double, likely: Double, high: Double, assumption: String) {
            self.item = item
            self.category = category
            self.low = low
            self.likely = likely
            self.high = high
            self.assumption = assumption
        }
    }
}
