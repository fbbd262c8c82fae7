/// A suggested link between an evidence item and a requirement, until the user accepts or rejects it.
public struct EvidenceMatch: Sendable, Hashable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case suggested
        case accepted
        case rejected
    }

    public var evidenceID: Int64
    public var requirement: RequirementReference
    /// 0 to 1: an explicit reference in the text ranks highest.
    public var confidence: Double
    /// Why it matched, in words (`mentions A.5.15 three times`, `keywords: access control, least privilege`).
    public var reason: String
    public var status: Status

    public init(evidenceID: Int64, requirement: RequirementReference, confidence: Double, reason: String,
                status: Status = .suggested) {
        self.evidenceID = evidenceID
        self.requirement = requirement
        self.confidence = confidence
        self.reason = reason
        self.status = status
    }
}
