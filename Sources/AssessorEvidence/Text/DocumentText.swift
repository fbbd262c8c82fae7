/// Collects a document's text as it is read: every block goes to the analyser, and blocks are kept
/// for storage, with their location, up to a cap, so that memory stays flat on a huge export while
/// matching still reads all of it. Blocks are kept as UTF-8 bytes in the stored form
/// (``EvidenceText``): no String is built per block.
final class DocumentText {
    private let analyser: TextAnalyser
    /// Blocks waiting for the analyser, in memory of its own (no reference counting per block).
    private let pending: UnsafeMutablePointer<PackedBlocks>
    /// Started once a document fills a first ``PackedBlocks``; a smaller one is analysed at its end.
    private var thread: AnalysisThread?
    private var isFinished = false
    private let capacity: Int
    private var storage: [UInt8] = []

    init(analyser: TextAnalyser, capacity: Int = 4 << 20) {
        self.analyser = analyser
        self.capacity = capacity
        pending = .allocate(capacity: 1)
        pending.initialize(to: PackedBlocks())
    }

    deinit {
        _ = finishAnalysis()
        pending.deallocate()
    }

    /// Waits for the analysis of everything added so far, then gives access to the analyser (to
    /// read the standards named so far, or to add citations found by other means).
    func analyserSoFar() -> TextAnalyser {
        if let thread {
            thread.drain(pending.move())
        } else {
            pending.pointee.analyse(with: analyser)
            pending.move().deallocate()
        }
        pending.initialize(to: PackedBlocks())
        return analyser
    }

    /// Ends the analysis and returns what it found.
    func finishAnalysis() -> TextAnalysis {
        if !isFinished {
            isFinished = true
            if let thread {
                thread.finish(pending.move())
                pending.initialize(to: PackedBlocks())
            } else {
                _ = analyserSoFar()
            }
        }
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
    @inline(__always)
    func analyse(_ bytes: UnsafeBufferPointer<UInt8>, context: StandardCue?) {
        if !pending.pointee.append(bytes, context: context) { handOver(bytes, context: context) }
    }

    /// Hands the full blocks to the analysis thread (starting it the first time), then packs the block.
    private func handOver(_ bytes: UnsafeBufferPointer<UInt8>, context: StandardCue?) {
        if bytes.count + 5 > PackedBlocks.capacity {
            let half = bytes.count / 2
            analyse(UnsafeBufferPointer(rebasing: bytes[..<half]), context: context)
            analyse(UnsafeBufferPointer(rebasing: bytes[half...]), context: context)
            return
        }
        let thread = self.thread ?? AnalysisThread(analyser: analyser)
        self.thread = thread
        thread.send(pending.move())
        pending.initialize(to: PackedBlocks())
        _ = pending.pointee.append(bytes, context: context)
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
        let first = storage.count
        storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        storage.withUnsafeMutableBufferPointer { stored in
            for index in first..<stored.count where stored[index] == 9 || stored[index] == 10 || stored[index] == 13 {
                stored[index] = 32
            }
        }
        storage.append(10)
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
}
