import ArgumentParser
import AssessorCore
import AssessorEvidence
import AssessorStore
import Foundation

/// `assessor evidence FILE [accept|reject ITEM REQUIREMENT]`: the evidence register, and decisions on matches.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "List the evidence register, or accept or reject a suggested match.",
        discussion: """
            Without a decision, lists every evidence item with its dates, whether it is stale (last reviewed \
            longer ago than --stale-after months), its suggested matches (confidence, reason, status) and the \
            answers it suggests. A match stays a suggestion until it is accepted or rejected; accepting links \
            the evidence to the requirement (also one that was not suggested).

            Examples:
              assessor evidence acme.assessment
              assessor evidence acme.assessment --json --stale-after 24
              assessor evidence acme.assessment accept 3 iso27001:A.5.1
              assessor evidence acme.assessment reject 3 iso9001:7.5
            """
    )

    @Argument(help: "The assessment file.") var file: String
    @Argument(help: ArgumentHelp("accept or reject, the item (its #id or file name) and the requirement (iso27001:A.5.1).",
                                 valueName: "decision"))
    var decision: [String] = []
    @Flag(help: "Print the register as JSON.") var json = false
    @Option(help: ArgumentHelp("Months after its last review date that a document counts as stale.", valueName: "months"))
    var staleAfter = 12
    @Option(help: "Who decides (recorded with the decision).") var by = ProcessInfo.processInfo.environment["USER"] ?? "assessor"

    func validate() throws {
        guard staleAfter > 0 else { throw ValidationError("Please give --stale-after as a number of months above 0.") }
        guard decision.isEmpty || (decision.count == 3 && ["accept", "reject"].contains(decision[0])) else {
            throw ValidationError("Please write a decision as: accept|reject ITEM REQUIREMENT (for example: accept 3 iso27001:A.5.1).")
        }
        guard decision.isEmpty || RequirementReference(decision[2]) != nil else {
            throw ValidationError("Please name the requirement as module:id, for example iso27001:A.5.1.")
        }
    }

    func run() throws {
        let store = try AssessmentStore.open(at: URL(fileURLWithPath: file), readOnly: decision.isEmpty)
        guard decision.isEmpty else { return try decide(in: store) }
        let register = try EvidenceRegister(store: store, freshness: Freshness(months: staleAfter))
        print(json ? try register.json() : register.text())
    }

    private func decide(in store: AssessmentStore) throws {
        let items = try store.evidence()
        let named = decision[1].hasPrefix("#") ? String(decision[1].dropFirst()) : decision[1]
        guard let item = items.last(where: { "\($0.id ?? -1)" == named || $0.fileName == named || $0.path == named }),
              let id = item.id else {
            Terminal.standardError("error: no evidence item '\(decision[1])' in \(file); 'assessor evidence \(file)' lists them")
            throw ExitCode.failure
        }
        let requirement = RequirementReference(decision[2])!
        let status: EvidenceMatch.Status = decision[0] == "accept" ? .accepted : .rejected
        try store.decide(evidence: id, requirement: requirement, status: status, by: by)
        print("\(status == .accepted ? "accepted" : "rejected") #\(id) \(item.fileName) for \(requirement)")
    }
}
