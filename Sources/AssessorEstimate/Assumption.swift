/// A figure's assumption, printed beside the estimate so a reader can check or replace it.
public struct Assumption: Codable, Sendable, Hashable {
    /// What it is about (`audit time`, `day rate`, `scope`).
    public var topic: String
    /// The assumption in one sentence, with its numbers.
    public var text: String
    public var basis: Basis

    public init(topic: String, text: String, basis: Basis) {
        self.topic = topic
        self.text = text
        self.basis = basis
    }
}
