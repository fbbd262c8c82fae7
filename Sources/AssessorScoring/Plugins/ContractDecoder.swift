import AssessorScoringContract
import Foundation

/// Decodes a contract document: the schema version first, then the whole document.
enum ContractDecoder {
    static func decode<T: Decodable, E: Error>(
        _ type: T.Type, from data: Data, failure: (String) -> E
    ) throws(E) -> T {
        let decoder = JSONDecoder()
        let version: Int
        do {
            version = try decoder.decode(ScoringContract.VersionProbe.self, from: data).schemaVersion
        } catch {
            throw failure(Self.describe(error, in: data))
        }
        guard version == ScoringContract.schemaVersion else {
            throw failure("schemaVersion \(version), expected \(ScoringContract.schemaVersion)")
        }
        do {
            return try decoder.decode(type, from: data)
        } catch {
            throw failure(Self.describe(error, in: data))
        }
    }

    private static func describe(_ error: Error, in data: Data) -> String {
        let start = String(decoding: data.prefix(60), as: UTF8.self)
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "not JSON: \(start.debugDescription)"
        }
    }
}
