import AssessorCore
import AssessorXML
import Foundation

/// Any XML export: the text of every element, located by its element path
/// (`/catalog/group/control/title`), read in one streaming pass. A recognised format (OSCAL,
/// XCCDF) also gives its title, version and date, and the standard its references cite.
struct XMLImporter: EvidenceImporter {
    var format: EvidenceItem.Format { .xml }

    func read(_ file: EvidenceFile, into text: DocumentText, limits: ZipLimits) throws(EvidenceError.Reason) -> DocumentFacts {
        let walk = XMLWalk(text: text)
        try XMLPushParser.parse(file, with: walk)
        guard walk.sawRoot else { throw .malformed("no root element") }
        return walk.facts
    }
}

/// One pass over an XML document. Element names are kept as libxml2's interned pointers: no
/// String is built per element or per text.
private final class XMLWalk: XMLHandler {
    let text: DocumentText
    var facts = DocumentFacts()
    private(set) var sawRoot = false
    private var recogniser: (any XMLRecogniser)?
    /// The recogniser's context element, kept apart so that no existential is touched per element.
    private var contextElement: StaticString?
    private var path: [UnsafePointer<UInt8>] = []
    private var cue: (depth: Int, value: StandardCue)?
    private var pending: [(path: [String], fact: WritableKeyPath<DocumentFacts, String?>)] = []

    private var texts = 0
    /// Metadata stands at the top of a document: facts are looked for in this many texts.
    private static let metadataTexts = 5_000

    init(text: DocumentText) { self.text = text }

    override func start(_ element: XMLStartTag) {
        if !sawRoot { begin(element) }
        path.append(element.name.pointer)
        if let contextElement, element.name == contextElement, let found = recogniser?.context(attribute: element.attribute) {
            cue = (path.count, found)
        }
    }

    override func end(_ name: XMLName) {
        if let current = cue, current.depth == path.count { cue = nil }
        if !path.isEmpty { path.removeLast() }
    }

    override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        // White space between tags (most texts of an indented export) holds no word and no citation.
        guard bytes.contains(where: { $0 > 32 }) else { return }
        texts += 1
        if !pending.isEmpty, path.count <= 3, texts < Self.metadataTexts { takeFact(bytes) }
        if text.isStoring {
            text.add(bytes, writingLocation: writeLocation, context: cue?.value)
        } else {
            text.analyse(bytes, context: cue?.value)
        }
    }

    private func begin(_ root: XMLStartTag) {
        sawRoot = true
        let name = root.name.string
        recogniser = XMLRecognisers.recogniser(root: name, namespace: root.namespaceURI)
        if let recogniser {
            facts.recognisedAs = recogniser.kind
            contextElement = recogniser.contextElement
            pending = [(recogniser.titlePath, \.title), (recogniser.versionPath, \.documentVersion),
                       (recogniser.modifiedPath, \.modifiedText)].filter { !$0.path.isEmpty }
        } else {
            pending = [([name, "title"], \.title), ([name, "metadata", "title"], \.title)]
        }
    }

    /// Takes the text of a metadata element the recogniser names, once.
    private func takeFact(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let index = pending.firstIndex(where: { $0.path.count == path.count && zip($0.path, path).allSatisfy {
            $0.0.utf8.elementsEqual(XMLName(pointer: $0.1).bytes)
        } }) else { return }
        let value = String(decoding: bytes, as: UTF8.self).trimmed
        guard !value.isEmpty else { return }
        let fact = pending[index].fact
        if facts[keyPath: fact] == nil { facts[keyPath: fact] = value }
        pending.removeAll { $0.fact == fact }
    }

    /// Appends the element path (`/catalog/group/title`) without building a String.
    private func writeLocation(_ storage: inout [UInt8]) {
        for name in path {
            storage.append(47)
            storage.append(contentsOf: XMLName(pointer: name).bytes)
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
