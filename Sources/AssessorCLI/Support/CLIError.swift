/// A command's failure as one line for the user: what happened, to what, and what to do.
struct CLIError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
