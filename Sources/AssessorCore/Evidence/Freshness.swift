import Foundation

/// Whether a document is due for review: auditors expect documents reviewed at planned intervals,
/// so one whose last review (its stated review date, else its last modification) is older than
/// the allowed age is stale. The one rule for the register `evidence` prints and the reports'.
public struct Freshness: Sendable, Hashable {
    public enum Verdict: String, Sendable, Codable, CaseIterable {
        case fresh
        case stale
        /// The document states no date at all.
        case undated

        /// How a report's table shows it.
        public var label: String {
            switch self {
            case .fresh: "Fresh"
            case .stale: "Stale"
            case .undated: "Undated"
            }
        }
    }

    /// The default allowed age, in months.
    public static let defaultMonths = 12

    /// The allowed age in months.
    public var months: Int

    public init(months: Int = Freshness.defaultMonths) { self.months = months }

    /// The verdict on `item` on the day `now` falls on.
    public func verdict(for item: EvidenceItem, now: Date = Date()) -> Verdict {
        guard let reviewed = item.lastReviewed else { return .undated }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let limit = calendar.date(byAdding: .month, value: -months, to: calendar.startOfDay(for: now)) else {
            return .fresh
        }
        return calendar.startOfDay(for: reviewed) < limit ? .stale : .fresh
    }
}
