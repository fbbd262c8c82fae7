/// A published audit-time table: initial audit days (Stage 1 + Stage 2) by head count, and how it
/// continues beyond its last row.
public struct AuditTimeTable: Codable, Sendable {
    public struct Band: Codable, Sendable, HeadCountBand {
        public var upTo: Int?
        public var days: Double

        enum CodingKeys: String, CodingKey { case upTo = "up_to", days }
    }

    /// "Follow the progression": each band beyond the last is `growth` times wider and adds `daysPerBand`.
    public struct Progression: Codable, Sendable {
        public var growth: Double
        public var daysPerBand: Double
        public var source: String
        public var status: SourceStatus

        enum CodingKeys: String, CodingKey { case growth, daysPerBand = "days_per_band", source, status }
    }

    public var title: String
    public var source: String
    public var status: SourceStatus
    public var bands: [Band]
    public var beyondLastBand: Progression

    enum CodingKeys: String, CodingKey { case title, source, status, bands, beyondLastBand = "beyond_last_band" }

    /// The initial audit days for a head count, and where the figure comes from: the table row, or
    /// the progression continued past the last row.
    public func initialDays(headCount: Int) -> (days: Double, band: String, basis: Basis) {
        let headCount = max(1, headCount)
        if let index = bands.firstIndex(where: { $0.upTo.map { headCount <= $0 } ?? true }) {
            let lower = index == 0 ? 1 : (bands[index - 1].upTo ?? 0) + 1
            let band = bands[index].upTo.map { "\(lower)-\($0)" } ?? ">\(lower - 1)"
            return (bands[index].days, band, Basis(source: "\(title), \(band) persons", status: status))
        }
        // Past the last closed row: widen each further band by the growth ratio.
        var upper = Double(bands.last?.upTo ?? 1)
        var days = bands.last?.days ?? 0
        var lower = Int(upper) + 1
        while Double(headCount) > upper, beyondLastBand.growth > 1 {
            lower = Int(upper.rounded(.down)) + 1
            upper *= beyondLastBand.growth
            days += beyondLastBand.daysPerBand
        }
        let band = "\(lower)-\(Int(upper.rounded(.down)))"
        return (days, band, Basis(source: "\(title), \(band) persons (\(beyondLastBand.source))",
                                  status: beyondLastBand.status))
    }
}
