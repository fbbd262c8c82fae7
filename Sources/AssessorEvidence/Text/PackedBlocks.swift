/// Blocks of text packed one after another in one buffer of their own, waiting for the analyser:
/// `[cue index + 1, or 0][length, 4 bytes][bytes]`, with the standards the cues name. Filling it
/// costs a copy per block and no reference counting; a full buffer goes to the ``AnalysisThread``.
struct PackedBlocks {
    /// About 1 MiB of text; a longer block is packed in pieces.
    static let capacity = (1 << 20) + 5
    private(set) var bytes: UnsafeMutablePointer<UInt8>?
    private(set) var count = 0
    private var cues: [StandardCue] = []

    var isEmpty: Bool { count == 0 }

    /// Packs one block; false when it does not fit (the caller hands these over and starts anew).
    @inline(__always)
    mutating func append(_ block: UnsafeBufferPointer<UInt8>, context: StandardCue?) -> Bool {
        guard count + block.count + 5 <= Self.capacity, context == nil || cues.count < 255 else { return false }
        let base = bytes ?? UnsafeMutablePointer<UInt8>.allocate(capacity: Self.capacity)
        bytes = base
        var cue: UInt8 = 0
        if let context {
            cues.append(context)
            cue = UInt8(cues.count)
        }
        let start = base + count
        start[0] = cue
        UnsafeMutableRawPointer(start + 1).storeBytes(of: UInt32(block.count).littleEndian, as: UInt32.self)
        if let source = block.baseAddress { (start + 5).update(from: source, count: block.count) }
        count += block.count + 5
        return true
    }

    /// Runs the analyser over every block, in order.
    func analyse(with analyser: TextAnalyser) {
        guard let bytes else { return }
        var offset = 0
        while offset < count {
            let start = bytes + offset
            let cue = Int(start[0])
            let length = Int(UInt32(littleEndian: UnsafeRawPointer(start + 1).loadUnaligned(as: UInt32.self)))
            analyser.add(UnsafeBufferPointer(start: start + 5, count: length), context: cue == 0 ? nil : cues[cue - 1])
            offset += 5 + length
        }
    }

    /// Frees the buffer (once the blocks are analysed).
    func deallocate() { bytes?.deallocate() }
}
