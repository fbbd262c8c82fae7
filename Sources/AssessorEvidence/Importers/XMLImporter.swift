import AssessorCore
import Foundation

/// Any XML export: the text of every element, located by its element path
/// (`/catalog/group/control/title`), read in one streaming pass. A recognised format (OSCAL,
/// XCCDF) also gives its title, version and date, and the standard its references cite.
struct XMLImporter: EvidenceImporter {
    var format: EvidenceItem.Format { .xml }

    func read(_ url: URL, into text: DocumentText, limits: ZipLimits) throws(EvidenceError.Reason) -> DocumentFacts {
        let reader = try XMLStreamReader(path: url.path)
        var walk = XMLWalk(text: text)
        try walk.run(reader)
        guard walk.sawRoot else { throw .malformed("no root element") }
        return walk.facts
    }
}

/// One pass over an XML document.
private struct XMLWalk {
    let text: DocumentText
    var facts = DocumentFacts()
    private(set) var sawRoot = false
    private var recogniser: (any XMLRecogniser)?
    /// The recogniser's context element, kept apart so that no existential is touched per element.
    private var contextElement: StaticString?
    private var path: [UnsafePointer<CChar>] = []
    private var cue: (depth: Int, value: StandardCue)?
    private var pending: [(path: [String], fact: WritableKeyPath<DocumentFacts, String?>)] = []

    private var textNodes = 0
    /// Metadata stands at the top of a document: facts are looked for in this many text nodes.
    private static let metadataNodes = 5_000

    init(text: DocumentText) { self.text = text }

    mutating func run(_ reader: XMLStreamReader) throws(EvidenceError.Reason) {
        while try reader.read() {
            switch reader.node {
            case .element:
                if !sawRoot { start(reader) }
                guard let name = reader.internedLocalName else { continue }
                if reader.isEmptyElement { continue }
                path.append(name)
                if let element = contextElement, reader.isNamed(element),
                   let found = recogniser?.context(attribute: { reader.attribute($0) }) {
                    cue = (path.count, found)
                }
            case .endElement:
                if let current = cue, current.depth == path.count { cue = nil }
                if !path.isEmpty { path.removeLast() }
            case .text:
                let bytes = reader.valueBytes
                textNodes += 1
                if !pending.isEmpty, path.count <= 3, textNodes < Self.metadataNodes { takeFact(reader) }
                if text.isStoring {
                    text.add(bytes, writingLocation: writeLocation, context: cue?.value)
                } else {
                    text.analyse(bytes, context: cue?.value)
                }
            case .other:
                break
            }
        }
    }

    private mutating func start(_ reader: XMLStreamReader) {
        sawRoot = true
        let root = reader.localName
        recogniser = XMLRecognisers.recogniser(root: root, namespace: reader.namespaceURI)
        if let recogniser {
            facts.recognisedAs = recogniser.kind
            contextElement = recogniser.contextElement
            pending = [(recogniser.titlePath, \.title), (recogniser.versionPath, \.documentVersion),
                       (recogniser.modifiedPath, \.modifiedText)].filter { !$0.path.isEmpty }
        } else {
            pending = [([root, "title"], \.title), ([root, "metadata", "title"], \.title)]
        }
    }

    /// Takes the text of a metadata element the recogniser names, once.
    private mutating func takeFact(_ reader: XMLStreamReader) {
        guard let index = pending.firstIndex(where: { $0.path.count == path.count && zip($0.path, path).allSatisfy {
            strcmp($0.0, $0.1) == 0
        } }) else { return }
        let value = reader.value.trimmed
        guard !value.isEmpty else { return }
        let fact = pending[index].fact
        if facts[keyPath: fact] == nil { facts[keyPath: fact] = value }
        pending.removeAll { $0.fact == fact }
    }

    /// Appends the element path (`/catalog/group/title`) without building a String.
    private func writeLocation(_ storage: inout [UInt8]) {
        for name in path {
            storage.append(47)
            name.withMemoryRebound(to: UInt8.self, capacity: 1) { storage.append(contentsOf: UnsafeBufferPointer(start: $0, count: strlen(name))) }
        }
    }
}

extension DocumentFacts {
    /// The modification date as the document writes it, parsed on the way in.
    var modifiedText: String? {
        get { nil }
        set { modified = newValue.flatMap(EvidenceDate.w3c) }
    }
}
