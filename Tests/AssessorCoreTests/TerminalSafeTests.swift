import AssessorCore
import Testing

struct TerminalSafeTests {
    @Test(arguments: [
        ("plain title", "plain title"),
        ("tab\tstays", "tab\tstays"),
        ("\u{1B}]0;owned\u{07}title", "\\u{1B}]0;owned\\u{7}title"),
        ("line\nforged #2 register line", "line\\u{A}forged #2 register line"),
        ("over\rwrite", "over\\u{D}write"),
        ("bidi \u{202E}fdp.exe", "bidi \\u{202E}fdp.exe"),
        ("zero\u{200B}width", "zero\\u{200B}width"),
        ("C1 \u{9B}31m", "C1 \\u{9B}31m"),
        ("Umlaut ä, 中文, emoji 🙂", "Umlaut ä, 中文, emoji 🙂"),
    ])
    func escapesWhatCouldChangeTheScreen(input: String, expected: String) {
        #expect(TerminalSafe.escaped(input) == expected)
    }
}
