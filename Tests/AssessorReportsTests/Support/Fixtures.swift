import AssessorCore
import AssessorEstimate
import AssessorReportFixtures
import AssessorReports
import Foundation
import Testing

/// The fixture models, built once per test run.
enum Fixtures {
    static let catalog = ReportFixture.catalog()
    private static let richTask = Task { () async throws -> (model: ReportModel, readiness: Readiness, estimate: Estimate) in
        let snapshot = ReportFixture.snapshot(catalog: catalog)
        let scored = try await ReportFixture.estimates(for: snapshot)
        return (ReportAssembler(ReportFixture.inputs(snapshot)).assemble(estimates: scored.estimates), scored.readiness,
                scored.estimate)
    }
    private static let injectedTask = Task { try await ReportFixture.model(payload: ReportFixture.injection, catalog: catalog) }

    /// Three standards, every requirement, 100 evidence items.
    static var rich: ReportModel { get async throws { try await richTask.value.model } }
    /// The readiness and the estimate the rich model shows.
    static var richReadiness: Readiness { get async throws { try await richTask.value.readiness } }
    static var richEstimate: Estimate { get async throws { try await richTask.value.estimate } }
    /// The same with `ReportFixture.injection` in the organisation's name, notes, justifications and evidence titles.
    static var injected: ReportModel { get async throws { try await injectedTask.value } }

    /// Renders a format and returns its single file.
    static func file(_ format: ReportFormat, _ model: ReportModel, options: ReportOptions = ReportOptions()) throws -> Data {
        guard case .file(let data) = try format.writer.render(model, options: options) else {
            throw ExternalTool.ToolFailure(description: "\(format) did not produce one file")
        }
        return data
    }

    static func text(_ format: ReportFormat, _ model: ReportModel, options: ReportOptions = ReportOptions()) throws -> String {
        String(decoding: try file(format, model, options: options), as: UTF8.self)
    }

    /// Renders CSV and returns its files by name.
    static func csvFiles(_ model: ReportModel) throws -> [String: Data] {
        guard case .folder(let files) = try ReportFormat.csv.writer.render(model, options: ReportOptions()) else {
            throw ExternalTool.ToolFailure(description: "csv did not produce a folder")
        }
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.data) })
    }
}
