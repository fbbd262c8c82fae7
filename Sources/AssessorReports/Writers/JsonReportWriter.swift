import Foundation

/// The report model as JSON, `schemaVersion` first; the structure is documented in `ReportJSON.md`.
/// Pretty-printed, keys in a fixed order, dates as `YYYY-MM-DD`, fractions from 0 to 1.
public struct JsonReportWriter: ReportWriter {
    public init() {}

    public func render(_ model: ReportModel, options: ReportOptions) throws(ReportError) -> ReportOutput {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        do {
            return .file(try encoder.encode(model) + Data("\n".utf8))
        } catch {
            throw ReportError("cannot encode the report as JSON: \(error)")
        }
    }
}
