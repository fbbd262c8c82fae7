/// The phrases the matcher counts in evidence text (hint keywords, document types, the names of
/// standards), compiled so that a stream of token hashes can be matched against all of them at
/// once: a 65,536-bit filter rejects most words with one memory load, and a phrase is looked up
/// only when its last word is known.
struct Vocabulary: Sendable {
    /// The phrases by id, as given.
    private(set) var phrases: [String] = []
    private var phraseIDs: [UInt64: Int32] = [:]
    private var words: Set<UInt64> = []
    private var filter = [UInt64](repeating: 0, count: 1024)
    /// The most words in one phrase.
    private(set) var maximumLength = 1

    /// Adds a phrase (or finds it) and returns its id; nil when it has no words.
    @discardableResult
    mutating func add(_ phrase: String) -> Int? {
        let tokens = Tokenizer.hashes(of: phrase)
        guard !tokens.isEmpty, !tokens.contains(0) else { return nil }
        let key = Self.combine(tokens[...])
        if let id = phraseIDs[key] { return Int(id) }
        let id = Int32(phrases.count)
        phrases.append(phrase)
        phraseIDs[key] = id
        for token in tokens {
            words.insert(token)
            filter[Int(token >> 58) << 4 | Int(token & 15)] |= 1 << ((token >> 4) & 63)
        }
        maximumLength = max(maximumLength, tokens.count)
        return Int(id)
    }

    func id(of phrase: String) -> Int? {
        let tokens = Tokenizer.hashes(of: phrase)
        return tokens.isEmpty ? nil : phraseIDs[Self.combine(tokens[...])].map(Int.init)
    }

    /// Whether a token may be a vocabulary word (false means certainly not).
    @inline(__always)
    func mayContain(_ token: UInt64) -> Bool {
        filter[Int(token >> 58) << 4 | Int(token & 15)] & (1 << ((token >> 4) & 63)) != 0 && words.contains(token)
    }

    func phrase(endingWith tokens: ArraySlice<UInt64>) -> Int32? { phraseIDs[Self.combine(tokens)] }

    static func combine(_ tokens: ArraySlice<UInt64>) -> UInt64 {
        tokens.reduce(0x9e37_79b9_7f4a_7c15) { ($0 &* 0x100_0000_01b3) ^ $1 }
    }
}
