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
        /// A reply (from the plugin, or its probe) beyond the size limit, in bytes.
        case replyTooLarge(limit: Int)
        /// The plugin wrote to standard output, which carries the probe's reply: what it wrote, shortened.
        case printedToStandardOutput(String)
        /// The probe process ended without a reply: the plugin called `exit()`.
        case exitedWithoutReply(status: Int32)
        /// An id that belongs to a scorer bundled with assessor (`builtin`, `auditor`).
        case reservedID(String)
        /// An id another plugin loaded first already declares: that plugin's path.
        case duplicateID(String, firstPath: String)
        /// Scores outside the contract: not finite, outside 0 to 1, or for a requirement not asked about.
        case invalidScores(String)
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
        case .replyTooLarge(let limit):
            return "replied with more than \(limit / 1024) KB, the most the host reads; return a shorter reply"
        case .printedToStandardOutput(let text):
            return "printed to standard output (\(text.debugDescription)), which carries its replies; "
                + "a plugin returns its results and prints nothing"
        case .exitedWithoutReply(let status):
            return "ended its process (exit status \(status)) before replying; a plugin returns from its functions and never calls exit()"
        case .reservedID(let id):
            return "declares the id '\(id)', which belongs to the scorer bundled with assessor; give the plugin another id"
        case .duplicateID(let id, let first):
            return "declares the id '\(id)', which \(first) already declares; give one of them another id or remove one"
        case .invalidScores(let detail):
            return "returned scores outside the contract (\(detail)); a score is a number from 0 to 1 for a requirement of the request"
        }
    }
}
