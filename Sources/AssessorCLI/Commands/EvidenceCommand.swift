import ArgumentParser
import AssessorCore
import AssessorActions
import Foundation

/// `assessor evidence FILE [accept|reject ITEM REQUIREMENT | remove ID]`: the evidence register,
/// decisions on matches, and removing an item.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "List the evidence register, accept or reject a suggested match, or remove an item.",
        discussion: """
            Without a decision, lists every evidence item with its dates, whether it is stale (last reviewed \
            longer ago than --stale-after months), its suggested matches (confidence, reason, status) and the \
            answers it suggests. A match stays a suggestion until it is accepted or rejected; accepting links \
            the evidence to the requirement (also one that was not suggested, as long as it is a requirement \
            of the assessment's standards). A decision is recorded under --assessor (default: your login name) \
            and, like an answer, is refused while an interview has the file open. 'remove ID' takes an item \
            (with the earlier revisions it replaced) out of the current evidence; the file keeps it as \
            history, with who removed it and when, and the same file can be imported again.

            Examples:
              assessor evidence acme.assessment
              assessor evidence acme.assessment --json --stale-after 24
              assessor evidence acme.assessment accept 3 iso27001:A.5.1
              assessor evidence acme.assessment reject policy.docx iso9001:7.5 --assessor "Ana Silva"
              assessor evidence acme.assessment remove 3
            """
    )

    @Argument(help: "The assessment file.") var file: String
    @Argument(help: ArgumentHelp("accept or reject, the item (its #id or file name) and the requirement (iso27001:A.5.1); "
                                 + "or remove and the item's id.", valueName: "decision"))
    var decision: [String] = []
    @Flag(help: "Print the register as JSON.") var json = false
    @Option(help: ArgumentHelp("Months after its last review date that a document counts as stale.", valueName: "months"))
    var staleAfter = 12
    @OptionGroup var assessor: AssessorOptions
    @OptionGroup var modules: ModuleOptions

    func validate() throws {
        guard staleAfter > 0 else { throw ValidationError("Please give --stale-after as a number of months above 0.") }
        if decision.first == "remove" {
            guard decision.count == 2 else { throw ValidationError("Please write a removal as: remove ID (for example: remove 3).") }
            return
        }
        guard decision.isEmpty || (decision.count == 3 && ["accept", "reject"].contains(decision[0])) else {
            throw ValidationError("Please write a decision as: accept|reject ITEM REQUIREMENT (for example: accept 3 iso27001:A.5.1), "
                                  + "or remove ID.")
        }
        guard decision.isEmpty || RequirementReference(decision[2]) != nil else {
            throw ValidationError("Please name the requirement as module:id, for example iso27001:A.5.1.")
        }
    }

    func run() throws {
        if decision.first == "remove" {
            let assessment = try AssessmentFile.open(file, modules: modules, exclusive: true)
            return Terminal.show(try RemoveEvidenceAction(item: decision[1]).run(on: assessment, by: assessor.person))
        }
        if let requirement = decision.count == 3 ? RequirementReference(decision[2]) : nil {
            let assessment = try AssessmentFile.open(file, modules: modules, exclusive: true)
            let action = EvidenceDecisionAction(status: decision[0] == "accept" ? .accepted : .rejected, item: decision[1],
                                                requirement: requirement)
            return Terminal.show(try action.run(on: assessment, by: assessor.person))
        }
        let snapshot = try AssessmentFile.read(file, modules: modules)
        let register = EvidenceRegisterText(EvidenceRegister(snapshot.evidence, freshness: Freshness(months: staleAfter), on: Date()))
        if json { print(try register.json()) } else { Terminal.show(register.text()) }
    }
}
