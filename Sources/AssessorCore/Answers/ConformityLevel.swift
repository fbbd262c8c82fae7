/// How far a requirement is in place.
public enum ConformityLevel: String, Sendable, Codable, CaseIterable {
    case notInPlace = "not_in_place"
    case partially
    case largely
    case fully

    /// The share of the requirement met: 0, 1/3, 2/3, 1.
    public var fraction: Double {
        switch self {
        case .notInPlace: return 0
        case .partially: return 1.0 / 3
        case .largely: return 2.0 / 3
        case .fully: return 1
        }
    }

    /// How it reads in a sentence.
    public var label: String {
        switch self {
        case .notInPlace: return "not in place"
        case .partially: return "partially in place"
        case .largely: return "largely in place"
        case .fully: return "fully in place"
        }
    }
}
