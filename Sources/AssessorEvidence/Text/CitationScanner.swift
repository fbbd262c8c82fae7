/// Finds ``Citation``s in one block of UTF-8 text, byte by byte (no String, no regular
/// expression), and remembers the last standard named in the block (`ISO/IEC 27001:2013`) as the
/// context of the citations after it.
struct CitationScanner {
    /// Citations found in the text, packed, and citations added by other means.
    private var found: [CitationKey: Int] = [:]
    private var added: [Citation: Int] = [:]
    /// Every standard a citation was read in, by index + 1 in its key.
    private var cues: [StandardCue] = []
    /// Mentions of each standard number anywhere in the text (`27001`: 12).
    private(set) var standardMentions: [String: Int] = [:]

    /// Each citation and how often it occurs.
    var counts: [Citation: Int] {
        var counts = added
        for (key, count) in found { counts[key.citation(cues: cues), default: 0] += count }
        return counts
    }

    /// Counts a citation found by other means (the id column of a control table).
    mutating func add(_ citation: Citation) { added[citation, default: 0] += 1 }

    /// Reads the block word by word: only a word that starts with a digit, `a` or `c` can start a
    /// citation or name a standard, and the rest of a word is skipped.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, context: StandardCue?) {
        var cue = 0
        if let context { cue = index(of: context) }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            guard Self.isAlphanumeric(byte) else {
                index += 1
                continue
            }
            let lower = byte | 32
            if byte &- 48 < 10 {
                index = standardNumber(bytes, at: index, cue: &cue)
            } else if lower == 97 || lower == 99, let (kind, start) = Self.introducer(bytes, at: index),
                      let end = Self.number(bytes, from: start, minimumLevels: kind == .annex ? 2 : 1) {
                found[CitationKey(kind: kind, number: UnsafeBufferPointer(rebasing: bytes[start..<end]), cue: cue), default: 0] += 1
                index = end
                continue
            }
            while index < count, Self.isAlphanumeric(bytes[index]) { index += 1 }
        }
    }

    /// The index + 1 of a cue in the list, added when new.
    private mutating func index(of cue: StandardCue) -> Int {
        if let known = cues.firstIndex(of: cue) { return known + 1 }
        cues.append(cue)
        return cues.count
    }

    /// Reads a run of digits at the start of a word; a standard's number there becomes the cue
    /// (with `:2013` as edition).
    private mutating func standardNumber(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, cue: inout Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] &- 48 < 10 { end += 1 }
        guard end - start == 4 || end - start == 5, end == bytes.count || !Self.isLetter(bytes[end]) else { return end }
        let digits = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard let number = StandardCue.numbers.first(where: { $0.utf8.elementsEqual(digits) }) else { return end }
        standardMentions[number, default: 0] += 1
        var edition: String?
        if end + 5 <= bytes.count, bytes[end] == 58 || bytes[end] == 45 || bytes[end] == 32,  // : - space
           (end + 5 == bytes.count || bytes[end + 5] &- 48 >= 10),
           bytes[(end + 1)..<(end + 5)].allSatisfy({ $0 &- 48 < 10 }) {
            let year = String(decoding: UnsafeBufferPointer(rebasing: bytes[(end + 1)..<(end + 5)]), as: UTF8.self)
            if year.hasPrefix("20") || year.hasPrefix("19") { edition = year }
        }
        cue = index(of: StandardCue(number: number == "27002" ? "27001" : number, edition: edition))
        return end
    }

    /// The words that introduce a citation, and where its number starts.
    private static func introducer(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Citation.Kind, Int)? {
        guard index + 2 < bytes.count else { return nil }
        let next = bytes[index + 1] | 32
        if bytes[index] == 65, bytes[index + 1] == 46, bytes[index + 2] &- 48 < 10 {
            return (.annex, index + 2)  // A.5.15
        }
        if next == 110, let end = word("annex a", bytes, at: index) { return (.annex, skipSeparators(bytes, from: end)) }
        if next == 111, let end = word("control", bytes, at: index) {
            let start = skipSeparators(bytes, from: end)
            let prefixed = start + 1 < bytes.count && bytes[start] == 65 && bytes[start + 1] == 46
            return (.annex, prefixed ? start + 2 : start)
        }
        if next == 108, let end = word("clause", bytes, at: index) ?? word("cl.", bytes, at: index) {
            return (.clause, skipSeparators(bytes, from: end))
        }
        return nil
    }

    /// The end of a dotted number of 1 to 4 levels (`9.2`, `12.4.1`); a trailing full stop is not part of it.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, minimumLevels: Int) -> Int? {
        var end = start
        var levels = 0
        while end < bytes.count, bytes[end] &- 48 < 10 {
            let levelStart = end
            while end < bytes.count, bytes[end] &- 48 < 10 { end += 1 }
            guard end - levelStart <= 2 else { return nil }
            levels += 1
            guard levels < 4, end + 1 < bytes.count, bytes[end] == 46, bytes[end + 1] &- 48 < 10 else { break }
            end += 1
        }
        guard levels >= minimumLevels, end == bytes.count || !isAlphanumeric(bytes[end]) else { return nil }
        return end
    }

    private static func word(_ word: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count else { return nil }
        let pattern = UnsafeBufferPointer(start: word.utf8Start, count: length)
        for offset in 0..<length where bytes[index + offset] | 32 != pattern[offset] | 32 { return nil }
        return index + length
    }

    private static func skipSeparators(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count, bytes[index] == 32 || bytes[index] == 58 || bytes[index] == 44 || bytes[index] == 46 {
            index += 1
        }
        return index
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 32) &- 97 < 26 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || byte &- 48 < 10 }
}
