/// A command that failed for a reason the user can act on: one line saying what happened, to
/// which file or id, and what to do. ArgumentParser prints it as `Error: <line>` and exits with
/// status 1; usage mistakes are `ValidationError`s instead (status 64).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
