import Foundation

/// The report model as JSON, documented in `ReportJSON.md`: `schemaVersion` first and the top-level
/// fields in a fixed order, nested keys sorted, dates as `YYYY-MM-DD`, fractions from 0 to 1, a
/// missing estimate as an absent key. Pretty-printed, so that two reports diff line by line.
public struct JsonReportWriter: ReportWriter {
    public init() {}

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            // JSONEncoder does not keep key order, so the top level is written here, field by field.
            let fields = try model.orderedFields.map { key, value in
                let json = String(decoding: try encoder.encode(value), as: UTF8.self)
                return "  \"\(key.rawValue)\" : " + json.replacingOccurrences(of: "\n", with: "\n  ")
            }
            return .file(Data(("{\n" + fields.joined(separator: ",\n") + "\n}\n").utf8))
        } catch {
            throw ReportError("cannot encode the report as JSON: \(error)")
        }
    }
}
