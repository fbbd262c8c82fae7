/// The organisation's role with AI systems, as ISO/IEC 42006 sets AIMS audit time by it (from
/// `scope.ai_role`): one role, or several.
public enum AIRole: String, Codable, Sendable, CaseIterable {
    /// Responsible for the whole life cycle of AI products or services: design, development, testing, deployment.
    case producer
    case developer
    case provider
    case user
    /// People in scope hold more than one of the roles.
    case several

    /// The role of the choices picked in `scope.ai_role`: the one picked, `several` when more than
    /// one is, nil when none (or none known) is.
    public init?(choices: [String]) {
        let roles = Set(choices.compactMap(AIRole.init(rawValue:)))
        guard let first = roles.first else { return nil }
        self = roles.count > 1 ? .several : first
    }
}
