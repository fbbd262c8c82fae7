import ArgumentParser
import AssessorCLI

/// The `assessor` command: readiness for ISO/IEC 42001, ISO/IEC 27001 and ISO 9001 certification.
@main
struct AssessorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessor",
        abstract: "Assess readiness for ISO/IEC 42001, ISO/IEC 27001 and ISO 9001 certification.",
        discussion: """
            Questionnaire modules (YAML) define the standards and their questions; scoring modules \
            (the built-in scorer and plugins) turn answers into readiness. Start with \
            'assessor modules' to see what is loaded.
            """,
        version: AssessorCLI.version,
        subcommands: AssessorCLI.commands
    )
}
