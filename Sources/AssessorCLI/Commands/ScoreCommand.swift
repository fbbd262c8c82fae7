import ArgumentParser
import AssessorActions
import AssessorEstimate
import Foundation

/// `assessor score FILE`: how ready the organisation is, per requirement, clause, Annex A theme,
/// standard and overall, with the verdict, the blockers and the likely nonconformities.
struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score an assessment: readiness, the verdict, blockers and likely nonconformities.",
        discussion: """
            Scores every requirement of the standards in scope from the answers and the accepted \
            evidence, then rolls the scores up per clause, Annex A theme, standard and overall, weighted \
            by requirement weight. Unanswered and "don't know" count as gaps; "not applicable" with a \
            justification is left out of the denominator. The verdict says whether a Stage 1 or Stage 2 \
            audit can be booked; it is never "ready for Stage 1" while a blocker remains.

            The built-in scorer takes the consultant's view (partial credit for work in progress); \
            --scorer auditor takes the auditor's (met only when in place and evidenced).

            Examples:
              assessor score acme.assessment
              assessor score acme.assessment --scorer auditor
              assessor score acme.assessment --json
            """
    )

    @Argument(help: ArgumentHelp("The assessment file.", valueName: "file")) var file: String
    @OptionGroup var scoring: ScorerOptions
    @OptionGroup var modules: ModuleOptions
    @Flag(help: "Print the result as JSON, schemaVersion 1 (default: text tables).") var json = false

    func run() async throws {
        let snapshot = try AssessmentFile.read(file, modules: modules)
        let readiness = try await ScoreAction(scorer: try await scoring.resolve()).run(snapshot)
        let summary = AssessmentFile.summary(file, snapshot)
        if json {
            print(try JSONText.encode(ReadinessDocument(assessment: summary, content: readiness)))
        } else {
            Terminal.show(ReadinessText(assessment: summary, readiness: readiness).render())
        }
    }
}
