import Foundation

/// Runs a ``TextAnalyser`` on its own thread, so that reading a huge export costs about what
/// libxml2's parse costs: the reading thread packs blocks into ``PackedBlocks`` of about 1 MiB and
/// hands full ones over; at most four are in flight, so memory stays flat.
final class AnalysisThread: @unchecked Sendable {
    private struct Work {
        var blocks: PackedBlocks
        /// A barrier: signalled once everything before it is analysed.
        var done: DispatchSemaphore?
    }

    private let analyser: TextAnalyser
    private var queue: [Work] = []
    private let lock = NSCondition()
    private let slots = DispatchSemaphore(value: 4)
    private var finished = false
    private var isStopped = false
    private let stopped = DispatchSemaphore(value: 0)

    init(analyser: TextAnalyser) {
        self.analyser = analyser
        Thread.detachNewThread { [self] in work() }
    }

    /// Queues blocks for analysis (waiting while four are in flight); the thread frees them.
    func send(_ blocks: PackedBlocks) { enqueue(Work(blocks: blocks)) }

    /// Queues the last blocks and waits until everything queued is analysed; the analyser may
    /// then be read.
    func drain(_ blocks: PackedBlocks) {
        let done = DispatchSemaphore(value: 0)
        enqueue(Work(blocks: blocks, done: done))
        done.wait()
    }

    /// Drains and ends the thread (once).
    func finish(_ blocks: PackedBlocks) {
        guard !isStopped else { return }
        isStopped = true
        drain(blocks)
        lock.lock()
        finished = true
        lock.signal()
        lock.unlock()
        stopped.wait()
    }

    private func enqueue(_ work: Work) {
        slots.wait()
        lock.lock()
        queue.append(work)
        lock.signal()
        lock.unlock()
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
            let work = queue.removeFirst()
            lock.unlock()
            work.blocks.analyse(with: analyser)
            work.blocks.deallocate()
            slots.signal()
            work.done?.signal()
        }
    }
}
