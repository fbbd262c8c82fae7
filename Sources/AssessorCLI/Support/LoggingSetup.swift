import Foundation
import Logging

/// assessor's diagnostic log, for finding out what a run did and how long each step took: which
/// module files were loaded from where, which plugins were probed, which assessment files were
/// upgraded, what each imported file cost. Silent unless `ASSESSOR_LOG_LEVEL` names a level
/// (`trace`, `debug`, `info`, `notice`, `warning`, `error`, `critical`); then lines go to standard
/// error through swift-log, never to standard output, so results stay machine-readable.
/// The libraries only make `Logger`s; the executable chooses where they write, once, here.
public enum LoggingSetup {
    /// The environment variable naming the level.
    public static let variable = "ASSESSOR_LOG_LEVEL"

    /// Sets up logging for the process from the environment; call once, before any command runs.
    /// A value that is not a level is reported in one line and logging stays off.
    public static func bootstrap(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let requested = environment[variable]?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let level = Logger.Level(rawValue: requested)
        if !requested.isEmpty && level == nil {
            let levels = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            Terminal.warning("\(variable)='\(requested)' is not a log level; use one of \(levels) (logging stays off)")
        }
        LoggingSystem.bootstrap { label in
            guard let level else { return SwiftLogNoOpLogHandler() }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
