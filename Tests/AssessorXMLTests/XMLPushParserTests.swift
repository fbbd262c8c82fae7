import AssessorXML
import Testing

/// The streaming reader through its public API: events in document order, text gathered across
/// chunks and references, and the documents it refuses or reports.
@Suite("XMLPushParser")
struct XMLPushParserTests {
    /// Writes every event as one line: `start a`, `text hi`, `end a`.
    final class Recorder: XMLHandler {
        var events: [String] = []

        override func start(_ element: XMLStartTag) {
            var line = "start \(element.name.string)"
            if !element.namespaceURI.isEmpty { line += " {\(element.namespaceURI)}" }
            if let id = element.attribute("id") { line += " id=\(id)" }
            if let value = element.attribute("val") { line += " val=\(value)" }
            events.append(line)
        }

        override func end(_ name: XMLName) { events.append("end \(name.string)") }

        override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            events.append("text \(String(decoding: bytes, as: UTF8.self))")
        }
    }

    /// Parses `xml` fed `chunk` bytes at a time.
    static func parse(_ xml: String, chunk: Int = 1 << 16, into handler: XMLHandler = Recorder()) throws(XMLReadError) {
        let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: xml.utf8.count, alignment: 1)
        defer { bytes.deallocate() }
        bytes.copyBytes(from: xml.utf8)
        let parser = try XMLPushParser(name: "test.xml", handler: handler)
        for start in stride(from: 0, to: bytes.count, by: chunk) {
            try parser.feed(UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + chunk, bytes.count)]))
        }
        try parser.finish()
    }

    @Test("starts, texts and ends arrive in document order, with names, namespaces and attributes")
    func eventsInOrder() throws {
        let recorder = Recorder()
        try Self.parse("""
            <r xmlns="urn:r"><a id="1" xmlns:w="urn:w" w:val="x &amp; y">hi</a><b/><!-- skipped --></r>
            """, into: recorder)
        #expect(recorder.events == [
            "start r {urn:r}", "start a {urn:r} id=1 val=x & y", "text hi", "end a", "start b {urn:r}", "end b", "end r",
        ])
    }

    @Test("a text split across chunks and references reaches the handler once, resolved", arguments: [1, 3, 7, 1 << 16])
    func textAcrossChunks(chunk: Int) throws {
        let recorder = Recorder()
        try Self.parse("<t>Tom &amp; Jerry &lt;3 &#233;t&#xE9; <![CDATA[<raw>]]></t>", chunk: chunk, into: recorder)
        #expect(recorder.events == ["start t", "text Tom & Jerry <3 été <raw>", "end t"])
    }

    @Test("a text longer than the buffer is handed on whole, in pieces")
    func longText() throws {
        var received = 0
        let handler = XMLEvents(text: { received += $0.count })
        let text = String(repeating: "evidence ", count: 400_000)
        try Self.parse("<t>\(text)</t>", chunk: 256 << 10, into: handler)
        #expect(received == text.utf8.count)
    }

    @Test("a document declaring a DTD is refused before any element or entity", arguments: [
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>",
        "<!DOCTYPE x SYSTEM \"http://example.com/x.dtd\"><x/>",
    ])
    func dtdRefused(xml: String) {
        let recorder = Recorder()
        #expect(throws: XMLReadError.declaresDTD) { try Self.parse(xml, into: recorder) }
        #expect(recorder.events.isEmpty)
    }

    @Test("malformed XML is reported in one line with the line where it breaks")
    func malformedWithLine() {
        do {
            try Self.parse("<a>\n<b>\n</a>")
            Issue.record("a mismatched end tag was accepted")
        } catch {
            guard case .malformed(let message) = error else { Issue.record("not malformed: \(error)"); return }
            #expect(message.hasPrefix("line 3: "))
            #expect(message.contains("mismatch"))
            #expect(!message.contains("\n"))
        }
    }

    @Test("an empty or unfinished document is malformed", arguments: ["", "<a><b>"])
    func unfinished(xml: String) {
        #expect { try Self.parse(xml) } throws: { error in
            guard let error = error as? XMLReadError, case .malformed = error else { return false }
            return true
        }
    }
}
