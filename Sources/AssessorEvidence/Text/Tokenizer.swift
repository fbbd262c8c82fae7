/// Splits UTF-8 text into lowercase word tokens, with a light plural stemming (`policies` →
/// `policy`, `records` → `record`), and hands each token's 64-bit hash to a callback. It works on
/// raw bytes and never builds a String, so it can run over every text node of a huge file.
/// Letters and digits of ASCII and any non-ASCII byte form words; everything else separates them.
struct Tokenizer {
    /// Tokens longer than this are never vocabulary words; they are counted but not hashed.
    static let maximumLength = 48

    private var scratch = [UInt8](repeating: 0, count: Tokenizer.maximumLength)
    private var length = 0

    /// Feeds bytes; `emit` receives the hash of each complete token (0 for an overlong one).
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UInt64) -> Void) {
        var length = self.length
        scratch.withUnsafeMutableBufferPointer { word in
            for byte in bytes {
                if Self.isWordByte(byte) {
                    if length < Self.maximumLength { word[length] = byte &+ ((byte &- 65) < 26 ? 32 : 0) }
                    length += 1
                } else if length > 0 {
                    emit(Self.hash(word, length))
                    length = 0
                }
            }
        }
        self.length = length
    }

    /// Ends the current token (at the end of a block).
    mutating func flush(_ emit: (UInt64) -> Void) {
        guard length > 0 else { return }
        let length = self.length
        scratch.withUnsafeMutableBufferPointer { emit(Self.hash($0, length)) }
        self.length = 0
    }

    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 32) &- 97 < 26 || byte &- 48 < 10 || byte >= 0x80
    }

    /// FNV-1a (64 bits) of the stemmed token, 0 for an overlong one. Stemming strips a plural
    /// ending in place: `ies` becomes `y`, a final `s` goes (but not in `ss`, `us`, `is`).
    @inline(__always)
    static func hash(_ word: UnsafeMutableBufferPointer<UInt8>, _ length: Int) -> UInt64 {
        guard length <= maximumLength else { return 0 }
        var count = length
        if length > 3, word[length - 1] == 115 {  // s
            let before = word[length - 2]
            if length > 4, before == 101, word[length - 3] == 105 {  // ies
                word[length - 3] = 121  // y
                count = length - 2
            } else if before != 115, before != 117, before != 105 {  // not ss, us, is
                count = length - 1
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<count { hash = (hash ^ UInt64(word[index])) &* 0x100_0000_01b3 }
        return hash
    }

    /// The hashes of a phrase's tokens, for building a vocabulary.
    static func hashes(of text: String) -> [UInt64] {
        var tokenizer = Tokenizer()
        var result: [UInt64] = []
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            tokenizer.feed(buffer) { result.append($0) }
        }
        tokenizer.flush { result.append($0) }
        return result
    }
}
