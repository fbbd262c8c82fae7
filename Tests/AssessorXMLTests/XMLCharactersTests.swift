import AssessorXML
import Testing

/// XML 1.0's character rules, as the writer and the HTML and Markdown escapers apply them.
@Suite struct XMLCharactersTests {
    @Test func controlCharactersOtherThanTabAndLineBreaksAreForbidden() {
        let forbidden = (0..<0x20).filter { ![0x9, 0xA, 0xD].contains($0) }.map { Unicode.Scalar(UInt8($0)) }
        #expect(forbidden.count == 29 && forbidden.allSatisfy { !XMLCharacters.isAllowed($0) })
        #expect(["\t", "\n", "\r", " ", "a", "\u{7F}", "\u{FFFD}", "\u{1F600}"].allSatisfy { XMLCharacters.isAllowed($0) })
        #expect(!XMLCharacters.isAllowed("\u{FFFE}") && !XMLCharacters.isAllowed("\u{FFFF}"))
    }

    @Test func removingForbiddenKeepsEverythingElse() {
        #expect(XMLCharacters.removingForbidden("a\u{0}b\u{1B}[31mc\u{FFFF}") == "ab[31mc")
        #expect(XMLCharacters.removingForbidden("\u{F8FF} private use, \u{FFFD} and tab\tstay") == "\u{F8FF} private use, \u{FFFD} and tab\tstay")
        #expect(XMLCharacters.removingForbidden("") == "")
    }
}
