import AssessorXML
import Foundation
import Testing

/// Misuse and refused input become an `XMLWriteError` naming the piece, never broken XML.
@Suite struct XMLStreamWriterErrorTests {
    @Test(arguments: ["", "1a", "a b", "a:b:c", ":a", "a:", "<a>", "a\"", "é", "a=b"])
    func namesThatAreNotXMLNamesAreRefused(name: String) throws {
        let writer = try XMLStreamWriter()
        #expect(throws: XMLWriteError("\"\(name)\" is not a valid XML element name")) { try writer.startElement(name) }
        try writer.startElement("ok")
        #expect(throws: XMLWriteError("\"\(name)\" is not a valid XML attribute name")) { try writer.attribute(name, "v") }
    }

    @Test(arguments: ["a", "_a", "w:p", "xml:space", "xmlns:r", "a-b.c_1", "sheetData"])
    func qualifiedNamesAreAccepted(name: String) throws {
        let writer = try XMLStreamWriter()
        try writer.element(name, [name: "v"])
        #expect(String(decoding: try writer.finish(), as: UTF8.self) == "<\(name) \(name)=\"v\"/>")
    }

    @Test func anAttributeAfterContentIsRefusedByLibxml2() throws {
        let writer = try XMLStreamWriter()
        try writer.startElement("w:t")
        try writer.text("text")
        #expect(throws: XMLWriteError("libxml2 could not write attribute late of <w:t>")) { try writer.attribute("late", "v") }
    }

    @Test func anUnendedElementIsNamedAtTheEnd() throws {
        let writer = try XMLStreamWriter()
        try writer.startElement("root")
        try writer.startElement("w:p")
        #expect(throws: XMLWriteError("<w:p> is still open at the end of the document")) { _ = try writer.finish() }
    }

    @Test func endingMoreThanWasStartedIsRefused() throws {
        let writer = try XMLStreamWriter()
        try writer.element("a")
        #expect(throws: XMLWriteError("no element is open to end")) { try writer.endElement() }
    }

    @Test func aFinishedWriterTakesNothingMore() throws {
        let writer = try XMLStreamWriter()
        try writer.element("a")
        _ = try writer.finish()
        #expect(throws: XMLWriteError("cannot write <b>: the document is already finished")) { try writer.startElement("b") }
    }
}
