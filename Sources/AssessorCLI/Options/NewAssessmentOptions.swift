import ArgumentParser
import AssessorCore
import AssessorInterview
import Foundation

/// What a new assessment is of: the organisation, the standards, and its size.
struct NewAssessmentOptions: ParsableArguments {
    @Option(name: .customLong("org"), help: ArgumentHelp("The organisation's name, as reports show it (required for a new file).",
                                                          valueName: "name"))
    var organisation: String?

    @Option(help: ArgumentHelp(
        "The standards in scope, comma-separated, in the order to walk them (required for a new file). Built in: iso42001, "
            + "iso27001, iso9001; 'assessor modules' lists any others loaded.",
        valueName: "ids"))
    var standards: String?

    @Option(help: ArgumentHelp("People working within the scope, at least 1: the answer to scope.employees "
                               + "(default: asked in the interview).", valueName: "n"))
    var employees: Int?

    @Option(help: ArgumentHelp("Permanent sites within the scope, at least 1: the answer to scope.sites "
                               + "(default: asked in the interview).", valueName: "n"))
    var sites: Int?

    /// The standards named, without repeats.
    var standardIDs: [String] { StandardList(standards).ids }

    /// Whether any option of a new assessment was given.
    var isGiven: Bool { organisation != nil || standards != nil || employees != nil || sites != nil }

    /// Checks the options against the loaded modules, creates the file, and records the size
    /// given as the scoping answers. Nothing is created when an option is wrong.
    func create(at url: URL, catalog: Catalog, person: String, exclusive: Bool) throws -> OpenAssessment {
        guard let organisation, !organisation.trimmingCharacters(in: .whitespaces).isEmpty, !standardIDs.isEmpty else {
            throw CommandFailure("\(url.relativePath) needs the organisation and the standards to be created: "
                                 + "add --org NAME --standards iso42001,iso27001")
        }
        try StandardList(standards).check(against: catalog)
        let plan = InterviewPlan(catalog: catalog, standards: standardIDs)
        let size = [("scope.employees", employees), ("scope.sites", sites)].compactMap { id, number in
            number.map { AnswerEntry(questionID: id, value: String($0)) }
        }
        for entry in size {
            guard let question = plan.item(entry.questionID)?.question else { continue }
            do { _ = try question.parseAnswer(entry.value) } catch {
                throw CommandFailure("--\(entry.questionID.dropFirst(6)) \(entry.value): \(error.message); nothing was created")
            }
        }
        let assessment = try OpenAssessment.create(
            at: url, organisation: organisation, standards: standardIDs, catalog: catalog, person: person, exclusive: exclusive)
        let recorder = try AnswerRecorder(assessment: assessment, person: person)
        for entry in size where plan.item(entry.questionID) != nil {
            try recorder.record(try entry.answer(in: assessment, existing: nil))
        }
        return assessment
    }
}
