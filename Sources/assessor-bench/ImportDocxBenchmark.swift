import ArgumentParser
import Foundation

/// `assessor-bench import-docx`: `assessor import` of a folder of Word documents against
/// python-docx text extraction (paragraphs and table cells) of the same files, in the same run
/// (target: at least 10x faster). The folder holds the corpus DOCX files copied many times, each
/// copy made distinct by a zip comment so that none is skipped as already imported.
struct ImportDocxBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-docx", abstract: "Time 'assessor import' of a DOCX folder against python-docx.")

    @Option(help: "The folder of DOCX files to copy.") var corpus = "../shared/corpus/docx"
    @Option(help: "Copies of each file.") var copies = 20
    @Option(help: "Measured runs (the median is reported).") var runs = 3

    func run() throws {
        let folder = try BenchFolder()
        let documents = folder.url.appendingPathComponent("docx")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        let sources = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".docx") }
        guard !sources.isEmpty else { throw BenchError("no DOCX files in \(corpus)") }
        for name in sources {
            let data = try Data(contentsOf: URL(fileURLWithPath: corpus).appendingPathComponent(name))
            for copy in 1...copies {
                try ZipComment.adding("copy \(copy)", to: data)
                    .write(to: documents.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        let script = folder.url.appendingPathComponent("python_docx_text.py")
        try Data(Self.pythonScript.utf8).write(to: script)
        try PythonDocx.install()
        let count = sources.count * copies
        let python = try CommandMeasurement.median(runs: runs) { try CommandMeasurement.run("python3", [script.path, documents.path]) }
        let ours = try CommandMeasurement.median(runs: runs) {
            try CommandMeasurement.run(BenchFolder.sibling("assessor"), ["import", try folder.freshAssessment(), documents.path])
        }
        print(String(format: "%d DOCX files: python-docx %.2f s, assessor import %.2f s (%.1fx faster), assessor peak %.1f MB",
                     count, python.seconds, ours.seconds, python.seconds / ours.seconds, Double(ours.peakMemoryBytes) / 1_048_576))
    }

    /// python-docx's own text extraction: every paragraph, and every cell of every table.
    static let pythonScript = """
        import os, sys, docx
        folder = sys.argv[1]
        for name in sorted(os.listdir(folder)):
            document = docx.Document(os.path.join(folder, name))
            text = [p.text for p in document.paragraphs]
            for table in document.tables:
                for row in table.rows:
                    text.extend(cell.text for cell in row.cells)
            sys.stdout.write("\\n".join(text))
        """
}

/// Installs python-docx with pip when it is missing.
enum PythonDocx {
    static func install() throws {
        if try CommandMeasurement.run("python3", ["-c", "import docx"]).status == 0 { return }
        let pip = try CommandMeasurement.run("python3", ["-m", "pip", "install", "--quiet", "python-docx"])
        guard pip.status == 0 else { throw BenchError("pip install python-docx failed") }
    }
}

/// Gives a zip file a comment (in its end-of-central-directory record), which changes its bytes
/// but not its content.
enum ZipComment {
    static func adding(_ comment: String, to data: Data) throws -> Data {
        var bytes = [UInt8](data)
        guard bytes.count >= 22, let end = stride(from: bytes.count - 22, through: 0, by: -1).first(where: {
            bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4b && bytes[$0 + 2] == 0x05 && bytes[$0 + 3] == 0x06
        }) else { throw BenchError("not a zip file") }
        let text = Array(comment.utf8)
        bytes.removeSubrange((end + 22)...)
        bytes[end + 20] = UInt8(text.count & 0xff)
        bytes[end + 21] = UInt8(text.count >> 8)
        return Data(bytes + text)
    }
}
