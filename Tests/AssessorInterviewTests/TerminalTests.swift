import AssessorTestSupport
import Foundation
import Testing

/// The interview in a real (pseudo-)terminal uses colour and redraws each question; in a pipe it
/// prints plain prompts.
@Suite struct TerminalTests {
    @Test func colourAndRedrawInATerminalOnly() throws {
        let pilot = try PilotFile()
        let screen = try PseudoTerminal.run(BuiltProducts.assessor, ["interview", pilot.file.path, "--assessor", "ana"],
                                            input: "software\nnone\n:q\n",
                                            environment: pilot.environment.merging(["TERM": "xterm-256color", "NO_COLOR": ""]) { $1 })
        #expect(screen.contains("\u{1B}[H\u{1B}[2J"), "the screen is cleared for each question:\n\(screen)")
        #expect(screen.contains("\u{1B}[1;36mScoping 2/6"), "the progress line is coloured")
        #expect(screen.contains("\u{1B}[32msaved scope.sector = software"))
        #expect(try pilot.answers()["scope.certifications"]?.value == .choices(["none"]))

        let plainTerminal = try PseudoTerminal.run(BuiltProducts.assessor, ["interview", pilot.file.path], input: ":q\n",
                                                   environment: pilot.environment.merging(["TERM": "xterm", "NO_COLOR": "1"]) { $1 })
        #expect(!plainTerminal.contains("\u{1B}["), "NO_COLOR turns colour off")

        let piped = try pilot.interview(["partial", ":q"])
        #expect(!piped.output.contains("\u{1B}") && piped.output.contains("saved scope.integration = partial"))
    }
}
