import AssessorActions
import AssessorCore

extension Remedy {
    /// The remedy in the words of the command line: its commands and flags.
    var commandLineText: String {
        switch self {
        case .createAssessment(let path): "create it with 'assessor new \(path) --org NAME --standards ...'"
        case .checkAssessmentName: "check the name, or create one with 'assessor new'"
        case .waitForWriter: "finish or quit it first, or read the file with 'assessor status' or 'assessor history'"
        case .loadModule: "load its module with --modules DIR"
        case .listQuestions(let file): "'assessor status \(file) --json' lists the ids"
        case .listEvidence(let file): "'assessor evidence \(file)' lists them"
        case .nameRequirement(let file, let hint): "\(hint) 'assessor evidence \(file)' lists each item's suggested matches"
        case .giveJustification: "give one (--justification)"
        case .giveCostProfile: "reinstall assessor or pass a cost profile with --profile FILE"
        case .giveTemplateFolder(let file): "reinstall assessor or pass --template DIR with a \(file)"
        case .chooseScorer(let available): "available: \(available.joined(separator: ", ")) (see 'assessor plugins')"
        case .chooseStandard(let loaded): "choose among \(loaded.joined(separator: ", ")), or load its module with --modules DIR"
        case .removeEvidence(let file, let id):
            "remove it with 'assessor evidence \(file) remove \(id)' (its history is kept) and import its file again, "
                + "or restore the file from a backup"
        case .restoreBackup: "restore the file from a backup"
        case .advice(let text): text
        }
    }
}

/// How a failure reaches the user: a library's error phrased with the command line's commands and
/// flags; anything else as it is.
enum ErrorPhrasing {
    static func phrased(_ error: any Error) -> any Error {
        let phrased = phrasedText(error)
        guard let failure = phrased as? CommandFailure else { return phrased }
        return CommandFailure(TerminalSafe.escaped(failure.description))
    }

    private static func phrasedText(_ error: any Error) -> any Error {
        if let size = error as? NewAssessment.SizeError {
            return CommandFailure("--\(size.questionID.dropFirst("scope.".count)) \(size.value): \(size.problem.message); nothing was created")
        }
        guard let explained = error as? any ExplainedError else { return error }
        return CommandFailure(explained.remedy.map { "\(explained.summary); \($0.commandLineText)" } ?? explained.summary)
    }
}
