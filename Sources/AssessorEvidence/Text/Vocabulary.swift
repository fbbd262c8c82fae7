/// The phrases the matcher counts in evidence text (hint keywords, document types, the names of
/// standards), compiled so that a stream of token hashes can be matched against all of them at
/// once: a phrase is looked up only when its last word is a vocabulary word.
struct Vocabulary: Sendable {
    /// The phrases by id, as given.
    private(set) var phrases: [String] = []
    private var phraseIDs: [UInt64: Int32] = [:]
    private var words: [UInt64: Int32] = [:]
    /// The lookup tables used while reading, built by `seal()`.
    private var phraseTable = HashTable([:])
    private var wordTable = HashTable([:])
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
        for token in tokens { words[token] = 1 }
        maximumLength = max(maximumLength, tokens.count)
        return Int(id)
    }

    /// Builds the lookup tables once every phrase is added.
    mutating func seal() {
        phraseTable = HashTable(phraseIDs)
        wordTable = HashTable(words)
    }

    func id(of phrase: String) -> Int? {
        let tokens = Tokenizer.hashes(of: phrase)
        return tokens.isEmpty ? nil : phraseIDs[Self.combine(tokens[...])].map(Int.init)
    }

    /// Runs `body` with lookups of words (is this token a word of some phrase?) and of phrases
    /// (which phrase do these tokens combine to, see `combine`).
    func withLookups<Result>(_ body: (_ words: HashTable.Lookup, _ phrases: HashTable.Lookup) -> Result) -> Result {
        wordTable.withLookup { words in phraseTable.withLookup { phrases in body(words, phrases) } }
    }

    static let seed: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// Adds one more token to a phrase key.
    @inline(__always)
    static func combine(_ key: UInt64, _ token: UInt64) -> UInt64 { (key &* 0x100_0000_01b3) ^ token }

    static func combine(_ tokens: ArraySlice<UInt64>) -> UInt64 { tokens.reduce(seed, combine) }
}
