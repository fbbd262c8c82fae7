import AssessorScoringContract

/// Turns the answers of an assessment into a score and a likely finding per requirement.
/// The built-in scorer and every loaded plugin conform; `assessor score --scorer ID` picks one.
public protocol Scorer: Sendable {
    var description: ScorerDescription { get }
    func score(_ request: ScoringRequest) async throws(ScoringError) -> ScoringResponse
}

/// Why a scorer could not score.
public struct ScoringError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
