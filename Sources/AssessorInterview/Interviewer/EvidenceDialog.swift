import AssessorCore
import AssessorStore

/// The `:evidence` view of a question: the evidence linked or suggested for its requirements,
/// numbered, where `link N` accepts a suggestion and `dismiss N` rejects it (both saved at once).
struct EvidenceDialog {
    let console: any Console
    let store: AssessmentStore
    let requirements: [RequirementReference]
    let person: String

    func run() throws(StoreError) {
        while true {
            let evidence = RequirementEvidence(try store.evidenceSnapshot(), for: requirements)
            guard !evidence.entries.isEmpty else {
                console.line("No evidence is linked or suggested for \(requirements.map(\.description).joined(separator: ", ")).", .hint)
                return
            }
            for (number, entry) in evidence.entries.enumerated() {
                let state = entry.match.status == .accepted ? "linked" : "suggested"
                console.line("  \(number + 1). [\(state)] \(entry.item.fileName) for \(entry.match.requirement): \(entry.match.reason)")
            }
            guard let line = console.read(prompt: "link N, dismiss N, or Enter to go back > ") else { return }
            let words = line.split(separator: " ").map(String.init)
            guard let verb = words.first?.lowercased() else { return }
            guard words.count == 2, ["link", "dismiss"].contains(verb), let number = Int(words[1]),
                  evidence.entries.indices.contains(number - 1) else {
                console.line("type link N or dismiss N with N from 1 to \(evidence.entries.count), or Enter to go back", .warning)
                continue
            }
            let entry = evidence.entries[number - 1]
            guard let id = entry.item.id else { continue }
            try store.decide(evidence: id, requirement: entry.match.requirement, status: verb == "link" ? .accepted : .rejected, by: person)
            console.line("\(verb == "link" ? "linked" : "dismissed") \(entry.item.fileName) for \(entry.match.requirement)", .success)
        }
    }
}
