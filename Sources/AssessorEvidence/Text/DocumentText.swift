import Foundation

/// Collects a document's text as it is read: every block goes to the analyser, and blocks are kept
/// for storage, with their location, up to a cap, so that memory stays flat on a huge export while
/// matching still reads all of it.
final class DocumentText {
    let analyser: TextAnalyser
    private let capacity: Int
    private(set) var text = ""
    /// Blocks read past the cap (analysed, not stored).
    private(set) var omittedBlocks = 0

    init(analyser: TextAnalyser, capacity: Int = 4 << 20) {
        self.analyser = analyser
        self.capacity = capacity
    }

    /// Whether another block would still be stored; readers use it to skip building locations.
    var isStoring: Bool { text.utf8.count < capacity }

    func add(_ block: String, at location: @autoclosure () -> String, context: StandardCue? = nil) {
        let trimmed = block.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        analyser.add(trimmed, context: context)
        store(trimmed, at: location)
    }

    /// A block as raw bytes (an XML text node), stored only while under the cap.
    func add(_ bytes: UnsafeBufferPointer<UInt8>, at location: () -> String, context: StandardCue? = nil) {
        analyser.add(bytes, context: context)
        guard isStoring else {
            omittedBlocks += 1
            return
        }
        let block = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if !block.isEmpty { store(block, at: location) }
    }

    private func store(_ block: String, at location: () -> String) {
        guard isStoring else {
            omittedBlocks += 1
            return
        }
        text += EvidenceText.line(TextBlock(location: location(), text: block))
    }
}
