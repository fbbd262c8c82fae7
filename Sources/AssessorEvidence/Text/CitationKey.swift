/// A ``Citation`` packed into 64 bits while text is scanned, so that counting one costs no String
/// and no hashing of one: the number's characters at 4 bits each (`1`-`9`, `0` as 10, `.` as 11;
/// 11 characters at most), the kind, and the index of its standard in the scanner's list of cues.
struct CitationKey: Hashable {
    let value: UInt64

    /// `number` is the dotted number's bytes (at most 11); `cue` is 0 for none, else index + 1.
    @inline(__always)
    init(kind: Citation.Kind, number: UnsafeBufferPointer<UInt8>, cue: Int) {
        var packed: UInt64 = 0
        for byte in number { packed = packed << 4 | UInt64(byte == 46 ? 11 : byte == 48 ? 10 : byte &- 48) }
        value = packed | UInt64(kind == .annex ? 1 : 0) << 44 | UInt64(cue) << 45
    }

    /// The citation it stands for, with the standard from the scanner's list of cues.
    func citation(cues: [StandardCue]) -> Citation {
        var characters: [UInt8] = []
        var packed = value & (1 << 44 - 1)
        while packed != 0 {
            let code = UInt8(packed & 15)
            characters.append(code == 11 ? 46 : code == 10 ? 48 : 48 + code)
            packed >>= 4
        }
        let cue = Int(value >> 45)
        return Citation(kind: value >> 44 & 1 == 1 ? .annex : .clause, number: String(decoding: characters.reversed(), as: UTF8.self),
                        standard: cue == 0 ? nil : cues[cue - 1])
    }
}
