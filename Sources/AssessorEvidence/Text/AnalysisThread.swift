import Foundation

/// Runs a ``TextAnalyser`` on its own thread, so that reading a huge export costs about what
/// libxml2's parse costs: the reading thread copies each block into a 1 MiB chunk and hands full
/// chunks over; at most four chunks are in flight, so memory stays flat.
final class AnalysisThread: @unchecked Sendable {
    /// Blocks packed as `[cue index + 1, or 0][length, 4 bytes][bytes]`, with the cues they name.
    private struct Chunk {
        var bytes: [UInt8] = []
        var cues: [StandardCue] = []
        /// A barrier: signalled once everything before it is analysed.
        var done: DispatchSemaphore?
    }

    private let analyser: TextAnalyser
    private var current = Chunk()
    private var queue: [Chunk] = []
    private let lock = NSCondition()
    private let slots = DispatchSemaphore(value: 4)
    private var finished = false
    private var isStopped = false
    private let stopped = DispatchSemaphore(value: 0)
    private static let chunkSize = 1 << 20

    init(analyser: TextAnalyser) {
        self.analyser = analyser
        current.bytes.reserveCapacity(Self.chunkSize)
        Thread.detachNewThread { [self] in work() }
    }

    /// Queues one block for analysis.
    func add(_ bytes: UnsafeBufferPointer<UInt8>, context: StandardCue?) {
        if current.bytes.count + bytes.count + 5 > Self.chunkSize, !current.bytes.isEmpty { send() }
        var cue: UInt8 = 0
        if let context {
            if current.cues.count == 255 { send() }
            current.cues.append(context)
            cue = UInt8(current.cues.count)
        }
        current.bytes.append(cue)
        withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { current.bytes.append(contentsOf: $0) }
        current.bytes.append(contentsOf: bytes)
    }

    /// Waits until every block queued so far is analysed; the analyser may then be read.
    func drain() {
        let done = DispatchSemaphore(value: 0)
        current.done = done
        send()
        done.wait()
    }

    /// Drains and ends the thread (once).
    func finish() {
        guard !isStopped else { return }
        isStopped = true
        drain()
        lock.lock()
        finished = true
        lock.signal()
        lock.unlock()
        stopped.wait()
    }

    private func send() {
        slots.wait()
        lock.lock()
        queue.append(current)
        lock.signal()
        lock.unlock()
        current = Chunk()
        current.bytes.reserveCapacity(Self.chunkSize)
    }

    private func work() {
        while true {
            lock.lock()
            while queue.isEmpty, !finished { lock.wait() }
            if queue.isEmpty {
                lock.unlock()
                stopped.signal()
                return
            }
            let chunk = queue.removeFirst()
            lock.unlock()
            analyse(chunk)
            slots.signal()
            chunk.done?.signal()
        }
    }

    private func analyse(_ chunk: Chunk) {
        chunk.bytes.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                let cue = Int(bytes[offset])
                let length = Int(bytes[offset + 1]) | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3]) << 16
                    | Int(bytes[offset + 4]) << 24
                let start = offset + 5
                analyser.add(UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]),
                             context: cue == 0 ? nil : chunk.cues[cue - 1])
                offset = start + length
            }
        }
    }
}
