import AssessorReports
import AssessorTestSupport
import Foundation
import Testing

/// One self-contained, printable HTML file, opened by headless Chromium.
@Suite struct HtmlReportTests {
    @Test func isSelfContainedWithChartsAndEverySection() async throws {
        let model = try await Fixtures.rich
        let html = try Fixtures.text(.html, model)
        let withoutNamespace = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        for fetch in ["<script", "<link", "src=", "@import", "url(", "http://", "https://"] {
            #expect(!withoutNamespace.contains(fetch), "\(fetch) would fetch or run something")
        }
        #expect(html.contains("<style>") && html.contains("@media print"))
        #expect(html.components(separatedBy: "<svg").count - 1 == model.standards.count + 1,
                "a readiness chart per standard and the findings chart")
        for section in ReportSection.allCases { #expect(html.contains("id=\"\(section.rawValue)\"")) }
        #expect(html.components(separatedBy: "<tr").count > model.gapAnalysis.count + model.evidenceRegister.count)
    }

    @Test func leavesOutSectionsNotAskedFor() async throws {
        let html = try Fixtures.text(.html, try await Fixtures.rich.restricted(to: [.soa]))
        #expect(html.contains("id=\"soa\"") && !html.contains("id=\"gaps\"") && !html.contains("id=\"summary\""))
    }

    @Test(.enabled(if: ExternalTool.chromium != nil, .init(rawValue: ExternalTool.chromiumMissing)))
    func chromiumRendersItToAPicture() async throws {
        let folder = try TemporaryFolder()
        let page = folder.path("report.html")
        try Fixtures.file(.html, try await Fixtures.rich).write(to: page)
        let picture = folder.path("report.png")
        try ExternalTool.run(ExternalTool.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(folder.path("profile").path)", "--window-size=1280,1600",
            "--screenshot=\(picture.path)", page.absoluteString,
        ])
        let png = try Data(contentsOf: picture)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG file")
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280 && height == 1600)
        #expect(png.count > 50_000, "a page with text and charts, not a blank one (\(png.count) bytes)")
    }
}
