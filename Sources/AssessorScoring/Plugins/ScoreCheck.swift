import AssessorScoringContract

/// What a plugin's scores must be before the host uses them: for requirements the request asked
/// about, each once, with a score that is nil or a finite number from 0 to 1. A plugin is native
/// code from elsewhere; a score of `1e308` or `NaN` would otherwise reach the roll-up ("125 %").
enum ScoreCheck {
    /// The first problem, in words, or nil when the response keeps the contract.
    static func problem(in response: ScoringResponse, for request: ScoringRequest) -> String? {
        let asked = Set(request.standards.flatMap { standard in standard.requirements.map { "\(standard.id):\($0.id)" } })
        var seen = Set<String>()
        for score in response.requirements {
            let key = "\(score.standard):\(score.id)"
            let shown = String(key.prefix(60)).debugDescription
            guard asked.contains(key) else { return "\(shown) is not a requirement of the request" }
            guard seen.insert(key).inserted else { return "\(shown) is scored twice" }
            if let value = score.score, !(value.isFinite && (0...1).contains(value)) {
                return "\(shown) has the score \(value)"
            }
        }
        return nil
    }
}
