/// Why libxml2 could not read a document, in one line.
public enum XMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not well-formed (or empty, or incomplete): libxml2's first error, with its line when known
    /// (`line 3: Opening and ending tag mismatch: b line 2 and a`).
    case malformed(String)
    /// The document declares a DTD (`<!DOCTYPE>`); parsing stopped there, before any entity.
    case declaresDTD
    /// libxml2 could not start parsing.
    case unreadable(String)

    public var description: String {
        switch self {
        case .malformed(let message), .unreadable(let message): message
        case .declaresDTD: "declares a DTD (<!DOCTYPE>), which can hide external or exploding entities"
        }
    }
}
