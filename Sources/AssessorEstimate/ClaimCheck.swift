/// A commonly quoted figure set beside what the model computes. When they disagree, the check
/// says why; the model is never bent to fit.
public struct ClaimCheck: Codable, Sendable, Hashable {
    /// Stable: `aims-from-scratch-cost`, `certified-saving`, `duration`.
    public var id: String
    /// The claim as quoted, with its range.
    public var claim: String
    /// What the model computes for the comparison.
    public var computed: String
    public var holds: Bool
    /// Why the figure lands where it does, when it is outside the claim (or what the comparison assumes).
    public var explanation: String
    public var basis: Basis
}
