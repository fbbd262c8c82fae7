import ArgumentParser
import Foundation

/// `assessor-bench import-xml`: `assessor import` of a large XML export against
/// `xmllint --stream --noout` on the same file, in the same run (target: within 1.3x), and peak
/// memory on a 1 GB file (target: under 64 MB). Generates an OSCAL-like catalog of the requested
/// size in a temporary folder, and also measures the largest real XML of the shared corpus and
/// the SCAP Security Guide content (installed with apt-get when missing). On small files the
/// process's fixed cost (start-up, loading the questionnaires, opening the assessment), measured
/// on a one-element document, outweighs parsing: the last column leaves it out.
struct ImportXMLBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-xml", abstract: "Time 'assessor import' of large XML against xmllint --stream.")

    @Option(help: "Sizes of generated XML files, in MB.") var sizes: [Int] = [400, 1024]
    @Option(help: "Measured runs per file (the median is reported).") var runs = 3

    func run() throws {
        try DebianPackage.ensure("libxml2-utils")  // xmllint
        try? DebianPackage.ensure("ssg-debderived")  // SCAP Security Guide content, citing 27001:2013
        let folder = try BenchFolder()
        var files = try sizes.map { try XMLExportGenerator.write(megabytes: $0, in: folder.url) }
        files += BenchFolder.existing(["../shared/corpus/xml/NIST_SP-800-53_rev4_catalog.xml",
                                       "/usr/share/xml/scap/ssg/content/ssg-ubuntu2204-ds.xml"])
        let tiny = folder.url.appendingPathComponent("one-element.xml")
        try Data("<evidence/>".utf8).write(to: tiny)
        let fixed = try importing(tiny, into: folder).seconds
        print(String(format: "assessor's fixed cost (import of a one-element XML): %.3f s", fixed))
        print("file\tMB\txmllint s\tassessor s\tratio\tassessor peak MB\tratio beyond fixed cost")
        for file in files {
            let size = Double((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0) / 1e6
            let lint = try CommandMeasurement.median(runs: runs) { try CommandMeasurement.run("xmllint", ["--stream", "--noout", file.path]) }
            let ours = try importing(file, into: folder)
            print(String(format: "%@\t%.0f\t%.2f\t%.2f\t%.2fx\t%.1f\t%.2fx", file.lastPathComponent, size, lint.seconds,
                         ours.seconds, ours.seconds / lint.seconds, Double(ours.peakMemoryBytes) / 1_048_576,
                         max(0, ours.seconds - fixed) / lint.seconds))
        }
    }

    /// The median of `runs` imports of `file`, each into a fresh assessment.
    private func importing(_ file: URL, into folder: BenchFolder) throws -> CommandMeasurement {
        try CommandMeasurement.median(runs: runs) {
            try CommandMeasurement.run(BenchFolder.sibling("assessor"), ["import", try folder.freshAssessment(), file.path])
        }
    }
}
