import ArgumentParser
import AssessorInterview
import Foundation

/// `assessor interview FILE`: walk the gap interview, resuming where it stopped.
struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Walk the gap interview question by question; every answer is saved at once.",
        discussion: """
            Scoping comes first, then the clauses 4 to 10 across the standards, then each Annex A. \
            Each answer is written to the file before 'saved ID = VALUE' is printed, so quitting, \
            Ctrl-C or a closed terminal loses nothing acknowledged; the next run resumes at the first \
            question without an answer. --review walks answered questions too.

            Type an answer (the allowed ones are shown; '?' means don't know, 'na' not applicable) or \
            a command: :note TEXT, :take N, :dismiss N, :skip, :back, :jump ID, :guide, :evidence, \
            :quit, :help. An empty line keeps the answer shown, and confirms one pre-filled from a \
            mapped standard. Answers suggested by imported evidence (a Statement of Applicability, a \
            gap assessment: see 'assessor import') are shown at their question; :take N records one, \
            :dismiss N rejects it, and an empty line never takes one. Standard input may be piped: \
            the interview then prints plain prompts, without colour.

            Examples:
              assessor interview acme.assessment
              assessor interview acme.assessment --review --assessor "Ana Lopez"
              assessor interview acme.assessment --new --org "Acme Ltd" --standards iso42001
            """
    )

    @Argument(help: ArgumentHelp("The assessment file.", valueName: "file")) var file: String
    @Flag(help: "Walk every question, answered or not, from the first (default: only those still open).")
    var review = false
    @Flag(name: .customLong("new"), help: ArgumentHelp(
        "Create the file when it does not exist, with --org and --standards (default: the file must exist)."))
    var create = false
    @OptionGroup var assessment: NewAssessmentOptions
    @OptionGroup var assessor: AssessorOptions
    @OptionGroup var modules: ModuleOptions

    func validate() throws {
        if assessment.isGiven && !create {
            throw ValidationError("Please add --new to create the assessment with --org, --standards, --employees or --sites.")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let opened = if create && !FileManager.default.fileExists(atPath: url.path) {
            try assessment.create(at: url, catalog: try modules.load().catalog, person: assessor.person, exclusive: true)
        } else {
            try AssessmentFile.open(file, modules: modules, exclusive: true)
        }
        if create, assessment.isGiven, assessment.organisation != opened.profile.organisation
            || (!assessment.standardIDs.isEmpty && assessment.standardIDs != opened.profile.standards) {
            Terminal.warning("\(file) already exists; it is opened as it is (--org, --standards, --employees and "
                             + "--sites apply only to a new file)")
        }
        let console = ConsoleKind.detect().makeConsole()
        console.line("Interview of \(opened.profile.organisation) (\(opened.profile.standards.joined(separator: ", "))) "
                     + "in \(file), as \(assessor.person). Type :help for the keys.", .heading)
        let interviewer = try Interviewer(recorder: try AnswerRecorder(assessment: opened, person: assessor.person),
                                      console: console, mode: review ? .review : .resume)
        switch try interviewer.run() {
        case .complete:
            console.line("Every question asked is answered. See what is left with: assessor status \(file)", .success)
        case .skippedLeft(let count):
            console.line("\(count) question\(count == 1 ? " is" : "s are") left for later; "
                         + "run 'assessor interview \(file)' again to answer \(count == 1 ? "it" : "them").", .warning)
        case .stopped:
            console.line("Stopped with \(interviewer.savedCount) answer\(interviewer.savedCount == 1 ? "" : "s") saved "
                         + "in this session. Resume with: assessor interview \(file)")
        }
    }
}
