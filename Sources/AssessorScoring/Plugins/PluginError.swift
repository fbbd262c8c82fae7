/// Why a scoring plugin could not be used. Every message names the plugin's file.
public struct PluginError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable, Codable {
        case cannotOpen(String)
        case missingSymbol(String)
        case abiVersion(found: UInt32, expected: UInt32)
        case malformedJSON(function: String, detail: String)
        case crashed(signal: Int32)
        case failed(status: Int32, detail: String)
        case timedOut(seconds: Int)
        case scorerError(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(explanation)" }

    /// The reason in words, with what to do about it.
    public var explanation: String {
        switch reason {
        case .cannotOpen(let detail):
            return "cannot be loaded (\(detail)); rebuild it for this platform or remove it from the plugin folder"
        case .missingSymbol(let name):
            return "is missing the symbol \(name); a scoring plugin exports the four functions of assessor_plugin.h"
        case .abiVersion(let found, let expected):
            return "was built for plugin ABI version \(found), but this assessor speaks version \(expected); rebuild the plugin against this assessor"
        case .malformedJSON(let function, let detail):
            return "returned malformed JSON from \(function) (\(detail))"
        case .crashed(let signal):
            return "crashed (signal \(signal)) while loading or running; the other plugins are unaffected"
        case .failed(let status, let detail):
            return "failed (exit status \(status))" + (detail.isEmpty ? "" : ": \(detail)")
        case .timedOut(let seconds):
            return "did not answer within \(seconds) seconds and was stopped"
        case .scorerError(let message):
            return "could not score: \(message)"
        }
    }
}
