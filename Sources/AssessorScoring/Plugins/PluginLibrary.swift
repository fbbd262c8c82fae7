import AssessorScoringContract
import CAssessorPluginABI
import Foundation

/// A scoring plugin opened in this process with `dlopen`. Opening checks the four symbols and the
/// ABI version before anything else is called. The host uses it only inside a probe process
/// (``PluginProbe``), so that a plugin that crashes cannot take the host down.
struct PluginLibrary {
    private typealias VersionFunction = @convention(c) () -> UInt32
    private typealias DescribeFunction = @convention(c) () -> UnsafeMutablePointer<CChar>?
    private typealias ScoreFunction = @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    private typealias FreeFunction = @convention(c) (UnsafeMutablePointer<CChar>?) -> Void

    let path: String
    private let describeFunction: DescribeFunction
    private let scoreFunction: ScoreFunction
    private let freeFunction: FreeFunction

    /// Opens the library at an absolute path (never closed: Swift plugins must stay loaded).
    init(path: String) throws(PluginError) {
        self.path = path
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let detail = dlerror().map { String(cString: $0) } ?? "unknown error"
            throw PluginError(path: path, reason: .cannotOpen(detail))
        }
        func symbol<T>(_ name: String, as type: T.Type) throws(PluginError) -> T {
            guard let pointer = dlsym(handle, name) else { throw PluginError(path: path, reason: .missingSymbol(name)) }
            return unsafeBitCast(pointer, to: type)
        }
        let version = try symbol(ASSESSOR_PLUGIN_SYMBOL_ABI_VERSION, as: VersionFunction.self)
        describeFunction = try symbol(ASSESSOR_PLUGIN_SYMBOL_DESCRIBE, as: DescribeFunction.self)
        scoreFunction = try symbol(ASSESSOR_PLUGIN_SYMBOL_SCORE, as: ScoreFunction.self)
        freeFunction = try symbol(ASSESSOR_PLUGIN_SYMBOL_FREE, as: FreeFunction.self)
        let found = version()
        let expected = UInt32(ASSESSOR_PLUGIN_ABI_VERSION)
        guard found == expected else { throw PluginError(path: path, reason: .abiVersion(found: found, expected: expected)) }
    }

    /// The most a description may take, in bytes: an id, a name, a version and one sentence.
    static let describeLimit = 64 * 1024
    /// The most a score response may take, in bytes (a few hundred requirements take about 50 KB).
    static let scoreLimit = 8 * 1024 * 1024

    /// The plugin's description, checked against the contract.
    func describe() throws(PluginError) -> ScorerDescription {
        try decode(ScorerDescription.self, from: try call(limit: Self.describeLimit) { describeFunction() },
                   function: ASSESSOR_PLUGIN_SYMBOL_DESCRIBE)
    }

    /// Scores a request given as JSON; returns the response checked against the contract.
    func score(_ request: String) throws(PluginError) -> ScoringResponse {
        let reply = try call(limit: Self.scoreLimit) { request.withCString { scoreFunction($0) } }
        let response = try decode(ScoringResponse.self, from: reply, function: ASSESSOR_PLUGIN_SYMBOL_SCORE)
        if let error = response.error { throw PluginError(path: path, reason: .scorerError(error)) }
        return response
    }

    /// The text a function returns, measured before it is copied: a reply beyond `limit` bytes is refused.
    private func call(limit: Int, _ body: () -> UnsafeMutablePointer<CChar>?) throws(PluginError) -> String? {
        guard let pointer = body() else { return nil }
        defer { freeFunction(pointer) }
        guard strnlen(pointer, limit + 1) <= limit else { throw PluginError(path: path, reason: .replyTooLarge(limit: limit)) }
        return String(validatingCString: pointer)
    }

    private func decode<T: Decodable>(_ type: T.Type, from text: String?, function: String) throws(PluginError) -> T {
        guard let text else {
            throw PluginError(path: path, reason: .malformedJSON(function: function, detail: "no UTF-8 text returned"))
        }
        return try ContractDecoder.decode(type, from: Data(text.utf8)) { (detail: String) in
            PluginError(path: path, reason: .malformedJSON(function: function, detail: detail))
        }
    }
}
