/// A requirement named across modules: `iso27001:A.5.1`.
public struct RequirementReference: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    public var module: String
    public var requirement: String

    public init(module: String, requirement: String) {
        self.module = module
        self.requirement = requirement
    }

    /// Parses `module:requirement`; nil when either part is missing.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let module = String(text[..<colon])
        let requirement = String(text[text.index(after: colon)...])
        guard !module.isEmpty, !requirement.isEmpty else { return nil }
        self.init(module: module, requirement: requirement)
    }

    public var description: String { "\(module):\(requirement)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.module != rhs.module
            ? lhs.module < rhs.module : RequirementOrder.areInOrder(lhs.requirement, rhs.requirement)
    }
}
