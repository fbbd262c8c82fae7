import AssessorTestSupport
import AssessorXML
import Foundation
import Testing

/// A document full of hostile text parses back with a real XML parser (xmllint), and the text read
/// back is the text written, less the characters XML forbids.
@Suite struct WellFormednessTests {
    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }
    static let hostile = "<script>alert('x')</script> & &amp; \"quoted\" ]]> <!-- c --> <?pi?> \u{1}\u{1B}\u{FFFE} Zürich\ttab"

    static func document() throws -> Data {
        try XMLStreamWriter.document(root: "doc", namespace: "urn:test") { w in
            try w.declareNamespace("urn:extra", prefix: "x")
            try w.element("x:item", ["x:note": hostile], text: hostile)
            try w.element("empty")
        }
    }

    @Test(.enabled(if: xmllint != nil, "xmllint is not installed: apt-get install libxml2-utils"))
    func xmllintParsesItBackToTheSameText() throws {
        let xml = String(decoding: try Self.document(), as: UTF8.self)
        let check = try CommandRun.run(Self.xmllint!, ["--noout", "--nonet", "-"], input: xml)
        #expect(check.status == 0, "xmllint: \(check.error)")
        let expected = "<script>alert('x')</script> & &amp; \"quoted\" ]]> <!-- c --> <?pi?>  Zürich\ttab"
        for path in ["string(/*/*[local-name()='item'])", "string(/*/*[local-name()='item']/@*[local-name()='note'])"] {
            let read = try CommandRun.run(Self.xmllint!, ["--nonet", "--xpath", path, "-"], input: xml)
            #expect(read.status == 0, "xmllint: \(read.error)")
            #expect(read.output == expected + "\n", "read back through \(path)")
        }
    }
}
