import Foundation

/// The report model as JSON, documented in `ReportJSON.md`: `schemaVersion` first and the top-level
/// fields in a fixed order, nested keys sorted, dates as `YYYY-MM-DD`, fractions from 0 to 1, a
/// missing estimate as an absent key. Pretty-printed, so that two reports diff line by line.
public struct JsonReportWriter: ReportWriter {
    public var displayName: String { "JSON" }
    public var fileExtension: String { "json" }
    public var outputKind: ReportOutputKind { .text }
    public var purpose: String { "for machines" }

    public init() {}

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            // JSONEncoder does not keep key order, so the top level is written here, field by field,
            // each value indented one level.
            var json = Array("{\n".utf8)
            json.reserveCapacity(1 << 20)
            for (index, field) in model.orderedFields.enumerated() {
                json.append(contentsOf: Array("\(index == 0 ? "" : ",\n")  \"\(field.key.rawValue)\" : ".utf8))
                for byte in try encoder.encode(field.value) {
                    json.append(byte)
                    if byte == UInt8(ascii: "\n") { json.append(contentsOf: [0x20, 0x20]) }
                }
            }
            json.append(contentsOf: Array("\n}\n".utf8))
            return .file(Data(json))
        } catch {
            throw ReportError("cannot encode the report as JSON: \(error)")
        }
    }
}
