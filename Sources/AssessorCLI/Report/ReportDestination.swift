import AssessorCore
import AssessorReports
import AssessorStore
import Foundation

/// Where `assessor report` writes, checked before any work is done (see ``OutputTarget``): a file
/// (a folder of tables for CSV) in an existing, writable folder; never a device, a FIFO, the
/// assessment or one of its side files, whatever links lead there.
struct ReportDestination {
    let url: URL
    let target: OutputTarget

    /// `output` as given, else the default: `acme.assessment` gives `acme-report.html` (a folder
    /// `acme-report-csv/` for CSV) beside it.
    init(output: String?, assessment: String, format: ReportFormat) throws(CommandFailure) {
        let source = URL(fileURLWithPath: assessment)
        let stem = source.deletingPathExtension().lastPathComponent
        url = output.map { URL(fileURLWithPath: $0) }
            ?? source.deletingLastPathComponent().appendingPathComponent(format.defaultOutputName(stem: stem))
        do {
            target = try AssessmentStore.outputTarget(output ?? url.path, shape: format.outputShape, assessment: source)
        } catch {
            throw Self.failure(error, format: format)
        }
    }

    /// Saves the report here, or fails in one line naming the path and the system's reason.
    func save(_ output: ReportOutput) throws(CommandFailure) {
        do {
            try output.save(to: target)
        } catch {
            throw Self.failure(error, format: nil)
        }
    }

    private static func failure(_ error: OutputError, format: ReportFormat?) -> CommandFailure {
        let given = error.path
        switch error.reason {
        case .sideFile(let file):
            return CommandFailure("\(given) is part of the assessment \(file); give --output another path")
        case .protected(let what):
            return CommandFailure("\(given) is \(what), which the report would replace; give --output another path")
        case .folderForFile:
            return CommandFailure("\(given) is a folder; give --output a file name, such as \(given)/report."
                                  + (format?.writer.fileExtension ?? "html"))
        case .fileForFolder:
            return CommandFailure("\(given) is a file; a \(format?.rawValue ?? "csv") report is a folder of tables, so give --output a folder name")
        case .notAFile, .foreignFolder:
            return CommandFailure("\(error); give --output another path")
        case .missingFolder(let folder):
            return CommandFailure("cannot write the report to \(given): the folder \(folder) does not exist; "
                                  + "create it or give --output a path in an existing folder")
        case .readOnlyFolder(let folder):
            return CommandFailure("cannot write the report to \(given): the folder \(folder) is not writable; "
                                  + "give --output a path in a folder you can write to")
        case .system(let reason):
            return CommandFailure("cannot write the report to \(given): \(reason); choose another --output")
        }
    }
}
