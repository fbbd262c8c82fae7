import ArgumentParser
import AssessorCLI

/// The `assessor` command: readiness for ISO/IEC 42001, ISO/IEC 27001 and ISO 9001 certification.
@main
struct AssessorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessor",
        abstract: "Assess readiness for ISO/IEC 42001, ISO/IEC 27001 and ISO 9001 certification.",
        discussion: """
            An assessment is one file: the organisation, the standards in scope, every answer with its \
            history, and the evidence. The usual path, each step with its own --help:

              assessor new acme.assessment --org "Acme Ltd" --standards iso42001,iso27001
              assessor interview acme.assessment       (answer; it resumes where you quit)
              assessor import acme.assessment policies/ soa.xlsx
              assessor status acme.assessment          (what is left)
              assessor score acme.assessment           (readiness and the verdict)
              assessor estimate acme.assessment        (effort, audit days, cost)
              assessor report acme.assessment --format docx --sections certification-body

            To look around first: 'assessor demo sample.assessment' makes a fully answered sample to \
            score, estimate and report on. The standards and their questions come from questionnaire \
            modules (YAML; 'assessor modules'), the scorers from plugins ('assessor plugins').
            ASSESSOR_LOG_LEVEL=debug shows what a run loads and how long each step takes, on \
            standard error.
            """,
        version: AssessorCLI.version,
        subcommands: AssessorCLI.commands
    )

    /// Sets up the diagnostic log (`ASSESSOR_LOG_LEVEL`), then parses and runs the command.
    static func main() async {
        LoggingSetup.bootstrap()
        await AssessorCLI.run(Self.self)
    }
}
