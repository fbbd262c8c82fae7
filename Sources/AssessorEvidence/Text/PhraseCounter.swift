/// Counts the vocabulary's phrases in a stream of token hashes, and the tokens themselves (the
/// document length that BM25 normalises by).
struct PhraseCounter: Sendable {
    let vocabulary: Vocabulary
    private(set) var counts: [Int32]
    private(set) var tokenCount = 0
    /// `suffixes[n]` is the key of the last n + 1 vocabulary words of the current run.
    private var suffixes: [UInt64]

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        counts = [Int32](repeating: 0, count: vocabulary.phrases.count)
        suffixes = [UInt64](repeating: 0, count: vocabulary.maximumLength)
    }

    /// Counts the phrases of one block of text, split into tokens by `tokenizer`; phrases do not
    /// run across blocks (a heading does not run into the next paragraph). Each vocabulary word
    /// extends the keys of the phrases ending at the word before, so a phrase of any length costs
    /// one lookup.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, with tokenizer: inout Tokenizer) {
        var run = 0
        var tokens = 0
        let size = suffixes.count
        vocabulary.withLookups { words, phrases in
            counts.withUnsafeMutableBufferPointer { counts in
                suffixes.withUnsafeMutableBufferPointer { suffixes in
                    func add(_ token: UInt64) {
                        tokens += 1
                        guard token != 0, words.value(of: token) >= 0 else {
                            run = 0
                            return
                        }
                        run = min(run + 1, size)
                        var length = run - 1
                        while length > 0 {
                            suffixes[length] = Vocabulary.combine(suffixes[length - 1], token)
                            length -= 1
                        }
                        suffixes[0] = Vocabulary.combine(Vocabulary.seed, token)
                        for index in 0..<run {
                            let id = phrases.value(of: suffixes[index])
                            if id >= 0 { counts[Int(id)] += 1 }
                        }
                    }
                    tokenizer.feed(bytes, add)
                    tokenizer.flush(add)
                }
            }
        }
        tokenCount += tokens
    }

    /// How often a phrase occurred.
    func count(of id: Int) -> Int { Int(counts[id]) }
}
