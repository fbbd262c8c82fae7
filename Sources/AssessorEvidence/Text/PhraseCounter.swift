/// Counts the vocabulary's phrases in a stream of token hashes, and the tokens themselves (the
/// document length that BM25 normalises by).
struct PhraseCounter: Sendable {
    let vocabulary: Vocabulary
    private(set) var counts: [Int32]
    private(set) var tokenCount = 0
    private var recent: [UInt64]

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        counts = [Int32](repeating: 0, count: vocabulary.phrases.count)
        recent = [UInt64](repeating: 0, count: vocabulary.maximumLength)
    }

    @inline(__always)
    mutating func add(_ token: UInt64) {
        tokenCount += 1
        let known = token != 0 && vocabulary.mayContain(token)
        if recent.count > 1 {
            for index in 0..<(recent.count - 1) { recent[index] = recent[index + 1] }
        }
        recent[recent.count - 1] = known ? token : 0
        guard known else { return }
        var start = recent.count - 1
        while start >= 0, recent[start] != 0 {
            if let id = vocabulary.phrase(endingWith: recent[start...]) { counts[Int(id)] += 1 }
            start -= 1
        }
    }

    /// Breaks phrases at a block boundary (a heading does not run into the next paragraph).
    mutating func endBlock() {
        for index in recent.indices { recent[index] = 0 }
    }

    /// How often a phrase occurred.
    func count(of id: Int) -> Int { Int(counts[id]) }
}
