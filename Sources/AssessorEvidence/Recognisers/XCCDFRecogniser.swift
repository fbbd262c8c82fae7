/// XCCDF benchmarks and results (SCAP content, OpenSCAP and SCC scans), alone or inside an ARF
/// report. Their `reference` elements cite other standards by catalogue URL: SCAP Security Guide
/// cites ISO/IEC 27001:2013 Annex A by the thousand, which must be read as 2013 ids.
struct XCCDFRecogniser: XMLRecogniser {
    var kind: String { "XCCDF benchmark or scan results (SCAP)" }

    func recognises(root: String, namespace: String) -> Bool {
        (root == "Benchmark" && namespace.contains("checklists.nist.gov/xccdf"))
            || (root == "asset-report-collection" && namespace.contains("scap.nist.gov/schema/asset-reporting-format"))
    }

    var titlePath: [String] { ["Benchmark", "title"] }
    var versionPath: [String] { ["Benchmark", "version"] }
    var modifiedPath: [String] { [] }

    var contextElement: StaticString? { "reference" }

    func context(attribute: (StaticString) -> String?) -> StandardCue? {
        attribute("href").flatMap(StandardCue.init(isoCatalogueURL:))
    }
}
