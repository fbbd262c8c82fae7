import Foundation

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
    /// the progression continued past the last row (any head count, any growth: never traps or loops long).
    public func initialDays(headCount: Int) -> TableReading {
        let headCount = max(1, headCount)
        if let (row, band) = bands.labelledBand(for: headCount) {
            return TableReading(days: row.days, band: band, basis: Basis(source: "\(title), \(band) persons", status: status))
        }
        // Past the last closed row: each further band is `growth` times wider than the one before.
        let last = Double(bands.last?.upTo ?? 1)
        let growth = beyondLastBand.growth
        var steps = 0.0
        if growth > 1, growth.isFinite {
            steps = (log(Double(headCount) / last) / log(growth) - 1e-9).rounded(.up)
        }
        steps = max(1, min(steps, 1e6))
        let upper = last * pow(growth > 1 && growth.isFinite ? growth : 2, steps)
        let lower = last * pow(growth > 1 && growth.isFinite ? growth : 2, steps - 1)
        let band = "\(Int(clamping: lower.rounded(.down)) &+ 1)-\(Int(clamping: upper.rounded(.down)))"
        return TableReading(days: (bands.last?.days ?? 0) + steps * beyondLastBand.daysPerBand, band: band,
                            basis: Basis(source: "\(title), \(band) persons (\(beyondLastBand.source))", status: beyondLastBand.status))
    }
}
