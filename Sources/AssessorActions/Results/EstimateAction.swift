import AssessorCore
import AssessorEstimate
import Foundation

/// Estimates remediation effort, audit days, certification cost and timeline from readiness and the
/// scoping answers, with a cost profile (the built-in one unless a file is given).
public struct EstimateAction: Sendable {
    /// A cost profile file replacing the built-in one; nil for the built-in profile.
    public var profile: URL?
    public var options: EstimateOptions

    public init(profile: URL? = nil, options: EstimateOptions = EstimateOptions()) {
        self.profile = profile
        self.options = options
    }

    public func run(_ readiness: Readiness, snapshot: AssessmentSnapshot) throws -> Estimate {
        let costProfile = try profile.map { url throws(CostProfileError) in try CostProfileLoader.load(contentsOf: url) }
            ?? CostProfileLoader.loadDefault()
        return try Estimator.estimate(readiness: readiness, scope: OrganisationScope(answers: snapshot.answers),
                                      profile: costProfile, options: options)
    }
}
