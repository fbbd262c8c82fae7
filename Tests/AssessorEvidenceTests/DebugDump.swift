import AssessorEvidence
import Foundation
import Testing

@Test func dumpCorpus() throws {
    guard let corpus = EvidenceFixtures.corpus else { return }
    let reader = EvidenceFixtures.reader()
    for folder in ["docx", "xlsx", "xml"] {
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(folder).path).sorted() {
            let url = corpus.appendingPathComponent(folder).appendingPathComponent(name)
            do {
                let e = try reader.read(url, path: name)
                print("== \(name) | title=\(e.item.title) | author=\(e.item.author) | v=\(e.item.documentVersion ?? "-") | review=\(e.item.reviewDate.map { "\($0)" } ?? "-") | mod=\(e.item.modified.map { "\($0)" } ?? "-") | rec=\(e.item.recognisedAs ?? "-") | text=\(e.item.text.count) sugg=\(e.suggestions.count)")
                for m in e.matches.prefix(6) { print("   \(m.requirement) \(m.confidence) \(m.reason)") }
            } catch { print("== \(name) FAILED \(error)") }
        }
    }
}

@Test func dumpOne() throws {
    guard let name = ProcessInfo.processInfo.environment["DUMP"], let corpus = EvidenceFixtures.corpus else { return }
    let e = try EvidenceFixtures.reader(ProcessInfo.processInfo.environment["STD"].map { [$0] } ?? EvidenceFixtures.allStandards).read(corpus.appendingPathComponent(name), path: name)
    print("== title=\(e.item.title) v=\(e.item.documentVersion ?? "-") review=\(String(describing: e.item.reviewDate)) rec=\(e.item.recognisedAs ?? "-")")
    for m in e.matches.prefix(25) { print("   \(m.requirement) \(m.confidence) \(m.reason)") }
    for s in e.suggestions { print("   S \(s.questionID) \(s.value) \(s.source)") }
    print(e.item.text.prefix(Int(ProcessInfo.processInfo.environment["CHARS"] ?? "1500")!))
}
