/// Why one file could not be imported, in one line naming the file. Nothing is stored for it, and
/// an import of several files carries on with the others.
public struct EvidenceError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Error, Sendable, Equatable {
        /// The file cannot be opened or read.
        case unreadable(String)
        /// Not what its extension says, truncated, or not well-formed.
        case malformed(String)
        /// Refused for safety: a DTD, a zip bomb, an entry escaping the archive.
        case refused(String)
        /// A format assessor does not import.
        case unsupported(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .unreadable(let detail):
            return "\(path): cannot be read (\(detail)); check that it exists and is readable"
        case .malformed(let detail):
            return "\(path): not a valid file of its type (\(detail)); re-export or re-save it and import again"
        case .refused(let detail):
            return "\(path): refused for safety: \(detail); nothing from it was imported"
        case .unsupported(let detail):
            return "\(path): \(detail)"
        }
    }
}
