import AssessorXML
import Foundation
import Testing

/// The writer's output, byte for byte: escaping by libxml2, forbidden characters removed,
/// namespaces declared where asked, empty elements closed as `<name/>`.
@Suite struct XMLStreamWriterTests {
    /// What `write` produces in a fragment (no declaration), as text.
    static func fragment(_ write: (XMLStreamWriter) throws -> Void) throws -> String {
        let writer = try XMLStreamWriter()
        try write(writer)
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    @Test func textEscapesMarkupCharacters() throws {
        let xml = try Self.fragment { w in try w.element("t", text: #"<b> & "q" 'a' ]]>"#) }
        #expect(xml == #"<t>&lt;b&gt; &amp; &quot;q&quot; 'a' ]]&gt;</t>"#)
    }

    @Test func attributeValuesEscapeQuotesAndWhitespaceThatWouldBeNormalised() throws {
        let xml = try Self.fragment { w in try w.element("a", ["v": "<x> & \"y\" 'z'\tline\nnext"]) }
        #expect(xml == #"<a v="&lt;x&gt; &amp; &quot;y&quot; 'z'&#9;line&#10;next"/>"#)
    }

    @Test func forbiddenCharactersAreRemovedFromTextAndAttributes() throws {
        let hostile = "a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i"
        let xml = try Self.fragment { w in try w.element("t", ["v": hostile], text: hostile + "\tok\u{FFFD}") }
        #expect(xml == "<t v=\"abcdefghi\">abcdefghi\tok\u{FFFD}</t>")
    }

    @Test func nonASCIITextStaysAsItIs() throws {
        let data = try XMLStreamWriter.document(root: "t", namespace: "urn:test") { w in
            try w.attribute("name", "Zürich – 東京")
            try w.text("Zürich – 東京 😀")
        }
        #expect(String(decoding: data, as: UTF8.self).hasSuffix("<t xmlns=\"urn:test\" name=\"Zürich – 東京\">Zürich – 東京 😀</t>"))
    }

    @Test func aFragmentWritesNonASCIIAttributeValuesAsCharacterReferences() throws {
        let xml = try Self.fragment { w in try w.element("t", ["name": "Zürich"], text: "Zürich") }
        #expect(xml == "<t name=\"Z&#xFC;rich\">Zürich</t>")
    }

    @Test func documentsCarryTheDeclarationAndNamespaces() throws {
        let data = try XMLStreamWriter.document(root: "w:document", namespace: "urn:w") { w in
            try w.declareNamespace("urn:r", prefix: "r")
            try w.element("w:body") {
                try w.element("w:p", ["r:id": "rId1", "xml:space": "preserve"])
                try w.startElement("x:extra", namespace: "urn:x")
                try w.endElement()
            }
        }
        #expect(String(decoding: data, as: UTF8.self) == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="urn:w" xmlns:r="urn:r"><w:body><w:p r:id="rId1" xml:space="preserve"/>\
            <x:extra xmlns:x="urn:x"/></w:body></w:document>
            """)
    }

    @Test func aDefaultNamespaceHasNoPrefix() throws {
        let xml = try Self.fragment { w in
            try w.startElement("svg", namespace: "http://www.w3.org/2000/svg")
            try w.element("title", text: "Chart")
            try w.endElement()
        }
        #expect(xml == #"<svg xmlns="http://www.w3.org/2000/svg"><title>Chart</title></svg>"#)
    }

    @Test func emptyTextLeavesTheElementEmpty() throws {
        #expect(try Self.fragment { w in try w.element("v", text: "") } == "<v/>")
        #expect(try Self.fragment { w in try w.element("v", text: "\u{1}") } == "<v></v>",
                "text that was all forbidden characters still counts as content")
    }
}
