/// Collects a document's text as it is read: every block goes to the analyser, and blocks are kept
/// for storage, with their location, up to a cap, so that memory stays flat on a huge export while
/// matching still reads all of it. Blocks are kept as UTF-8 bytes in the stored form
/// (``EvidenceText``): no String is built per block.
final class DocumentText {
    private let analyser: TextAnalyser
    /// Started once a document proves large; small documents are analysed as they are read.
    private var thread: AnalysisThread?
    private var analysedBytes = 0
    private static let threadAfter = 1 << 20
    private let capacity: Int
    private var storage: [UInt8] = []

    init(analyser: TextAnalyser, capacity: Int = 4 << 20) {
        self.analyser = analyser
        self.capacity = capacity
    }

    deinit { thread?.finish() }

    /// Waits for the analysis of everything added so far, then gives access to the analyser (to
    /// read the standards named so far, or to add citations found by other means).
    func analyserSoFar() -> TextAnalyser {
        thread?.drain()
        return analyser
    }

    /// Ends the analysis and returns what it found.
    func finishAnalysis() -> TextAnalysis {
        thread?.finish()
        return analyser.analysis
    }

    /// The stored text: one `location<TAB>text` line per block.
    var text: String { String(decoding: storage, as: UTF8.self) }

    func add(_ block: String, at location: @autoclosure () -> String, context: StandardCue? = nil) {
        var block = block
        block.withUTF8 { bytes in
            add(bytes, writingLocation: { $0.append(contentsOf: location().utf8) }, context: context)
        }
    }

    /// Whether blocks are still stored (below the cap); past it, `analyse` is enough.
    var isStoring: Bool { storage.count < capacity }

    /// A block analysed, not stored (past the cap).
    func analyse(_ bytes: UnsafeBufferPointer<UInt8>, context: StandardCue?) {
        if let thread {
            thread.add(bytes, context: context)
        } else {
            analyser.add(bytes, context: context)
            analysedBytes += bytes.count
            if analysedBytes > Self.threadAfter { thread = AnalysisThread(analyser: analyser) }
        }
    }

    /// A block as raw bytes (an XML text node); `writingLocation` appends its location's UTF-8
    /// to the storage, and is only called while the text is still stored.
    func add(_ bytes: UnsafeBufferPointer<UInt8>, writingLocation: (inout [UInt8]) -> Void, context: StandardCue? = nil) {
        analyse(bytes, context: context)
        guard isStoring else { return }
        var start = 0
        var end = bytes.count
        while start < end, Self.isSpace(bytes[start]) { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return }
        writingLocation(&storage)
        storage.append(9)
        for index in start..<end {
            let byte = bytes[index]
            storage.append(byte == 9 || byte == 10 || byte == 13 ? 32 : byte)
        }
        storage.append(10)
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
}
