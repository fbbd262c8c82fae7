import AssessorReports
import AssessorStore
import Foundation

/// Where `assessor report` writes, checked before any work is done: a file (a folder of tables for
/// CSV) in an existing, writable folder, and never an assessment file, which the report would replace.
struct ReportDestination {
    let url: URL

    /// `output` as given, else the default: `acme.assessment` gives `acme-report.html` (a folder
    /// `acme-report-csv/` for CSV) beside it.
    init(output: String?, assessment: String, format: ReportFormat) throws(CommandFailure) {
        let source = URL(fileURLWithPath: assessment)
        let stem = source.deletingPathExtension().lastPathComponent
        url = output.map { URL(fileURLWithPath: $0) }
            ?? source.deletingLastPathComponent().appendingPathComponent(format.defaultOutputName(stem: stem))
        try check(against: source, format: format)
    }

    /// Saves the report here, or fails in one line naming the path and the system's reason.
    func save(_ output: ReportOutput) throws(CommandFailure) {
        do {
            try output.save(to: url)
        } catch {
            throw CommandFailure("cannot write the report to \(url.relativePath): \(error.reason); choose another --output")
        }
    }

    private func check(against source: URL, format: ReportFormat) throws(CommandFailure) {
        let path = url.standardizedFileURL.path, given = url.relativePath
        let assessment = source.standardizedFileURL.path
        if [assessment + "-wal", assessment + "-shm", AssessmentLock.sidecar(of: source)].contains(path) {
            throw CommandFailure("\(given) is part of the assessment \(source.relativePath); give --output another path")
        }
        if path == assessment || AssessmentStore.isAssessment(at: url) {
            throw CommandFailure("\(given) is an assessment file, which the report would replace; give --output another path")
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let writesFolder = format.writer.outputKind == .folder
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue != writesFolder {
            throw CommandFailure(writesFolder
                ? "\(given) is a file; a \(format.rawValue) report is a folder of tables, so give --output a folder name"
                : "\(given) is a folder; give --output a file name, such as \(given)/report.\(format.writer.fileExtension)")
        }
        let folder = url.deletingLastPathComponent()
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("cannot write the report to \(given): the folder \(folder.relativePath) does not exist; "
                                 + "create it or give --output a path in an existing folder")
        }
        guard access(folder.path, W_OK) == 0 else {
            throw CommandFailure("cannot write the report to \(given): the folder \(folder.relativePath) is not writable; "
                                 + "give --output a path in a folder you can write to")
        }
    }
}
