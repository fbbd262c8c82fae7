/// What a user can do about a failure, said without naming any command or flag: the libraries
/// know what went wrong, the command line knows how its user would fix it (`assessor new`,
/// `--modules DIR`) and phrases each remedy in those words.
public enum Remedy: Sendable, Hashable {
    /// The assessment file is missing: create it.
    case createAssessment(path: String)
    /// The file given is not an assessment: check the name or create one.
    case checkAssessmentName
    /// A writer has the file open: wait for it, or read the file without writing.
    case waitForWriter
    /// A standard of the assessment is not loaded: load the module that defines it.
    case loadModule(id: String)
    /// A question id is unknown: the assessment's status lists the ids.
    case listQuestions(file: String)
    /// An evidence item is unknown: the evidence register lists them.
    case listEvidence(file: String)
    /// A requirement named for a decision is unknown: `hint` says what ids look like (or the closest
    /// one), and the register lists each item's suggested matches.
    case nameRequirement(file: String, hint: String)
    /// "Not applicable" needs a justification.
    case giveJustification
    /// The built-in cost profile is missing: give one.
    case giveCostProfile
    /// A built-in template is missing: give a folder holding it.
    case giveTemplateFolder(file: String)
    /// No scorer has the id asked for: choose one of those available.
    case chooseScorer(available: [String])
    /// A standard asked for is not loaded: choose one of those loaded, or load its module.
    case chooseStandard(loaded: [String])
    /// A damaged evidence item: remove it (its history is kept) and import its file again.
    case removeEvidence(file: String, id: Int64)
    /// A damaged file: only an earlier copy restores what cannot be read.
    case restoreBackup
    /// Advice that names no command or flag, the same for every user.
    case advice(String)

    /// The remedy in words that name no command or flag.
    public var plainText: String {
        switch self {
        case .createAssessment: "create it first"
        case .checkAssessmentName: "check the name, or create a new assessment"
        case .waitForWriter: "finish or quit it first, or open the file read-only"
        case .loadModule: "load the questionnaire module that defines it"
        case .listQuestions: "the assessment's status lists the question ids"
        case .listEvidence: "the evidence register lists them"
        case .nameRequirement(_, let hint): "\(hint) the evidence register lists each item's suggested matches"
        case .giveJustification: "give one"
        case .giveCostProfile: "reinstall assessor or give a cost profile of your own"
        case .giveTemplateFolder(let file): "reinstall assessor or give a template folder holding \(file)"
        case .chooseScorer(let available): "available: \(available.joined(separator: ", "))"
        case .chooseStandard(let loaded):
            "choose among \(loaded.joined(separator: ", ")), or load the questionnaire module that defines it"
        case .removeEvidence(_, let id):
            "remove evidence item \(id) (its history is kept) and import its file again, or restore the file from a backup"
        case .restoreBackup: "restore the file from a backup"
        case .advice(let text): text
        }
    }
}

/// An error that says what happened (``summary``: to which file or id) apart from what to do about
/// it (``remedy``), so that each front end can phrase the remedy in its own terms.
public protocol ExplainedError: Error, Sendable, CustomStringConvertible {
    /// What happened, naming the file or id: `acme.assessment does not exist`.
    var summary: String { get }
    /// What to do; nil when there is nothing the user can do.
    var remedy: Remedy? { get }
}

extension ExplainedError {
    /// The summary and the remedy in plain words: `acme.assessment does not exist; create it first`.
    public var description: String { remedy.map { "\(summary); \($0.plainText)" } ?? summary }
}
