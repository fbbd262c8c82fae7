/// What a client can act on: whether the organisation can book its Stage 1 or Stage 2 audit.
public struct ReadinessVerdict: Codable, Sendable, Hashable {
    public enum Level: String, Codable, Sendable, CaseIterable {
        /// Blockers with likely major nonconformities, or less than half of the requirements in place.
        case notReady = "not-ready"
        /// Stage 1 blockers remain, but nothing an auditor would likely call a major nonconformity.
        case stage1OnceBlockersClosed = "stage1-once-blockers-closed"
        /// No blockers; likely major nonconformities to close before Stage 2.
        case readyForStage1 = "ready-for-stage1"
        /// No blockers and no likely major nonconformities.
        case readyForStage2 = "ready-for-stage2"
    }

    /// Below this overall score an organisation is not ready, whatever its findings.
    public static let minimumScore = 0.5

    public var level: Level
    /// One sentence for the client.
    public var summary: String

    /// Whether a Stage 1 audit can be booked now: never while a blocker remains.
    public var isReadyForStage1: Bool { level == .readyForStage1 || level == .readyForStage2 }

    /// Judges the counts of findings and the overall score.
    public init(blockers: Int, majors: Int, minors: Int, overall: Double?) {
        let percent = overall.map { "readiness \(Int(clamping: $0 * 100))%" } ?? "nothing scored yet"
        let low = (overall ?? 0) < Self.minimumScore
        if blockers > 0 {
            if majors > 0 || low {
                level = .notReady
                summary = "Not ready: \(Self.count(blockers, "Stage 1 blocker")) and \(Self.count(majors, "likely major nonconformity", "likely major nonconformities")) to close first (\(percent))."
            } else {
                level = .stage1OnceBlockersClosed
                summary = "Ready for Stage 1 once \(Self.count(blockers, "blocker")) \(blockers == 1 ? "is" : "are") closed (\(percent))."
            }
        } else if majors > 0 || low {
            level = low ? .notReady : .readyForStage1
            summary = low
                ? "Not ready: less than half of the requirements are in place (\(percent))."
                : "Ready for Stage 1; close \(Self.count(majors, "likely major nonconformity", "likely major nonconformities")) before Stage 2 (\(percent))."
        } else {
            level = .readyForStage2
            summary = "Ready for Stage 2" + (minors > 0 ? "; expect up to \(Self.count(minors, "minor nonconformity", "minor nonconformities"))" : "")
                + " (\(percent))."
        }
    }

    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
