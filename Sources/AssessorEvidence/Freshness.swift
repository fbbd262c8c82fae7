import AssessorCore
import Foundation

/// Whether a document is due for review: auditors expect documents reviewed at planned intervals,
/// so one whose last review (its stated review date, else its last modification) is older than
/// the allowed age is stale.
public struct Freshness: Sendable {
    public enum Verdict: String, Sendable, Codable {
        case fresh
        case stale
        /// The document states no date at all.
        case undated
    }

    /// The allowed age in months (12 by default).
    public var months: Int

    public init(months: Int = 12) { self.months = months }

    public func verdict(for item: EvidenceItem, now: Date = Date()) -> Verdict {
        guard let reviewed = item.lastReviewed else { return .undated }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let limit = calendar.date(byAdding: .month, value: -months, to: now) else { return .fresh }
        return reviewed < limit ? .stale : .fresh
    }
}
