/// A seeded generator (SplitMix64), so that every fixture is the same from run to run.
struct FixtureRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A whole number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool { Double(next() % 10_000) < probability * 10_000 }

    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
}
