import ArgumentParser
import Foundation

/// Who records answers: named in the history of every change.
struct AssessorOptions: ParsableArguments {
    @Option(name: .customLong("assessor"), help: ArgumentHelp(
        "Your name, as the history records it (default: your login name).", valueName: "name"))
    var name: String?

    /// The given name, else the login name (`USER`, the login session, the user database).
    var person: String {
        if let name, !name.trimmingCharacters(in: .whitespaces).isEmpty { return name }
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        if let login = getlogin() { return String(cString: login) }
        if let entry = getpwuid(getuid()), let login = entry.pointee.pw_name { return String(cString: login) }
        return "unknown"
    }
}
