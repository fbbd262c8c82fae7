/// A number for each AI role: the initial audit days of a row, or the factors of the derived rule.
public struct RoleDays: Codable, Sendable, Hashable {
    public var producer: Double
    public var developer: Double
    public var provider: Double
    public var user: Double
    public var several: Double

    public subscript(_ role: AIRole) -> Double {
        switch role {
        case .producer: return producer
        case .developer: return developer
        case .provider: return provider
        case .user: return user
        case .several: return several
        }
    }

    var all: [(key: String, value: Double)] {
        AIRole.allCases.map { ($0.rawValue, self[$0]) }
    }
}
