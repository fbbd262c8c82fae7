import AssessorCore
import AssessorInterview
import Foundation

/// What `assessor status` prints: the progress of the scoping questions, of each standard and of
/// each of its clauses or themes, what is left, and the next question to answer.
struct StatusReport: Encodable {
    struct Next: Encodable {
        var question: String
        var prompt: String
    }

    var schemaVersion = 1
    var file: String
    var organisation: String
    var scoping: SectionProgress
    var standards: [StandardProgress]
    var next: Next?

    init(file: String, snapshot: AssessmentSnapshot, progress: AssessmentProgress) {
        self.file = file
        organisation = snapshot.profile.organisation
        scoping = progress.scoping
        standards = progress.standards
        next = progress.next.map { Next(question: $0.question.id, prompt: $0.question.prompt(system: snapshot.plan.systemName)) }
    }

    /// The questions left, each once, in interview order within each part.
    var unanswered: [String] {
        ([scoping] + standards.flatMap(\.sections)).reduce(into: []) { ids, section in
            for id in section.unanswered where !ids.contains(id) { ids.append(id) }
        }
    }

    func text() -> String {
        func row(_ name: String, _ title: String, _ count: ProgressCount) -> [String] {
            [name, title, "\(count.answered)/\(count.asked)", String(count.left), String(count.notAsked), String(count.toConfirm),
             String(count.suggested)]
        }
        var rows = [row("scoping", "", scoping.count)]
        for standard in standards {
            rows.append(row(standard.id, standard.title, standard.count))
            rows += standard.sections.map { row("  \($0.id)", $0.title, $0.count) }
        }
        let table = Table(headers: ["PART", "TITLE", "ANSWERED", "LEFT", "NOT ASKED", "TO CONFIRM", "SUGGESTED"], rows: rows).render()
        let left = unanswered.count
        let nextLine = next.map { "Next: \($0.question): \($0.prompt)\nContinue with: assessor interview \(file)" }
            ?? "Every question asked is answered."
        return "\(organisation): \(file)\n\(table)\n\n\(left) question\(left == 1 ? "" : "s") left. \(nextLine)" + suggestedLine
    }

    /// A line on the questions with suggested answers pending, when there are any.
    private var suggestedLine: String {
        let count = Set(([scoping] + standards.flatMap(\.sections)).flatMap(\.suggested)).count
        guard count > 0 else { return "" }
        return "\n\(count) question\(count == 1 ? " has an answer" : "s have answers") suggested by imported evidence; "
            + "take or dismiss them in: assessor interview \(file)"
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
